package vn.antt.reporting.submission.scan;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of signed scans.
 *
 * @param maxSize the largest scan accepted; the multipart limit sits a little above it so that this
 *                service, not the servlet container, answers with the field at fault
 */
@ConfigurationProperties("reporting.scan")
public record ScanProperties(@DefaultValue("10MB") DataSize maxSize) {
}
