package nl.leerbudget.platform.web;

/** Which requests are for pages (HTML for people) and which for the APIs (problem details for programs). */
final class PageRequests {

    private PageRequests() {}

    /** The REST API, the OOAPI publication, the development identity provider's endpoints and the probes. */
    static boolean isApi(String path) {
        return path.startsWith("/api/")
                || path.startsWith("/ooapi/")
                || path.startsWith("/dev-idp/")
                || path.startsWith("/actuator/");
    }
}
