package nl.leerbudget.identity.web;

import nl.leerbudget.identity.IdentityProperties;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The application's own base URL: configured, or http://localhost with the port the server got. */
@Component
class ServerAddress {

    private final IdentityProperties properties;
    private volatile int port = -1;

    ServerAddress(IdentityProperties properties) {
        this.properties = properties;
    }

    @EventListener
    void started(WebServerInitializedEvent event) {
        this.port = event.getWebServer().getPort();
    }

    String baseUrl() {
        String configured = properties.baseUrl();
        if (configured != null && !configured.isBlank()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        if (port < 0) {
            throw new IllegalStateException("the web server has not started yet");
        }
        return "http://localhost:" + port;
    }

    int port() {
        return port;
    }
}
