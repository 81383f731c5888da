package vn.antt.reporting.platform.apidocs;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

import vn.antt.reporting.platform.security.Caller;

/**
 * What every service's OpenAPI document ({@code /v3/api-docs}) shares: the {@link Caller} parameter of the
 * controllers comes from the bearer token, not from the request, so it is not documented; error answers are
 * documented once, as RFC 9457 problem details ({@link ProblemResponses}).
 */
@AutoConfiguration
@ConditionalOnClass(SpringDocUtils.class)
public class ApiDocsAutoConfiguration {

    static {
        // Resolved by CallerArgumentResolver from the validated token: never a query parameter.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    GlobalOpenApiCustomizer problemResponses() {
        return new ProblemResponses();
    }
}
