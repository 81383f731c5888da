package vn.antt.reporting.gateway.routing;

/** Where the services' OpenAPI documents are, behind the gateway and in each service. */
public final class ApiDocsPaths {

    /** Each service's own document (springdoc). */
    public static final String SERVICE_DOCUMENT = "/v3/api-docs";

    private ApiDocsPaths() {
    }

    /** The document of {@code service} as the gateway serves it, e.g. {@code /v3/api-docs/review-service}. */
    public static String documentOf(String service) {
        return SERVICE_DOCUMENT + "/" + service;
    }
}
