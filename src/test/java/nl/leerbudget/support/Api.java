package nl.leerbudget.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the API tests: real requests to the running application, JSON in and out. */
public final class Api {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final @Nullable String token;

    public Api(int port) {
        this("http://localhost:" + port, null);
    }

    private Api(String base, @Nullable String token) {
        this.base = base;
        this.token = token;
    }

    /** The same client, sending the bearer token with every request. */
    public Api as(String bearerToken) {
        return new Api(base, bearerToken);
    }

    public Response delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    /** A request with extra headers, e.g. an adviser's X-Acting-For. */
    public Response get(String path, String... headers) {
        return send(
                HttpRequest.newBuilder(URI.create(base + path)).headers(headers).GET());
    }

    public record Response(int status, String contentType, JsonNode body, String apiVersion) {
        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /**
     * A response whose body is not JSON (a file, a page), as bytes.
     *
     * @param location where a redirect leads (redirects are not followed); empty otherwise
     */
    public record Download(int status, String contentType, byte[] body, String location) {}

    /** A GET of a page or file, with extra headers (such as an adviser's X-Acting-For or an Accept). */
    public Download download(String path, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    response.headers().firstValue("Location").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response send(String method, String path) {
        var request = HttpRequest.newBuilder(URI.create(base + path));
        return switch (method) {
            case "GET" -> send(request.GET());
            case "DELETE" -> send(request.DELETE());
            default ->
                send(request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString("{}")));
        };
    }

    public Response post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response post(String path, Object body) {
        return post(path, JSON.writeValueAsString(body));
    }

    /** Any method with a JSON body, e.g. PUT. */
    public Response sendJson(String method, String path, Object body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    /** A JSON post with extra headers, e.g. an adviser's X-Acting-For. */
    public Response post(String path, Object body, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .headers(headers)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    /** A post of a text body of another type, e.g. text/csv. */
    public Response postText(String path, String contentType, String text) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(text)));
    }

    /** A multipart/form-data upload with one text field and one file. */
    public Response upload(String path, String field, String value, String fileName, byte[] file) {
        String boundary = "----leerbudget" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"\r\n\r\n" + value
                        + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                        + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes();
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes();
        byte[] all = new byte[head.length + file.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(file, 0, all, head.length, file.length);
        System.arraycopy(tail, 0, all, head.length + file.length, tail.length);
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(all)));
    }

    private Response send(HttpRequest.Builder request) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            JsonNode json = body == null || body.isBlank() ? JSON.nullNode() : parse(body);
            return new Response(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    json,
                    response.headers().firstValue("API-Version").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (RuntimeException e) {
            return JSON.getNodeFactory().stringNode(body);
        }
    }
}
