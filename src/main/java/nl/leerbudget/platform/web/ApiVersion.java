package nl.leerbudget.platform.web;

/** The version of the REST API: the major version is in every path, the full version in every response header. */
public final class ApiVersion {

    public static final String HEADER = "API-Version";
    public static final String VERSION = "1.0.0";

    private ApiVersion() {}
}
