package vn.antt.reporting.platform.cache;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The one configuration of every read-model cache ({@code reporting.read-cache}). */
@AutoConfiguration
@EnableConfigurationProperties(ReadCacheProperties.class)
public class ReadCacheAutoConfiguration {
}
