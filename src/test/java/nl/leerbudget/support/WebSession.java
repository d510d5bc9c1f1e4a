package nl.leerbudget.support;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A browser session without a browser, for page tests that need no script and no accessibility scan: a demo user
 * logs in through the development identity provider's real code flow (as {@code LoginBrowserIT} does in Chromium),
 * the session cookie is kept, redirects are followed, and forms are sent with the CSRF token of the last page read.
 *
 * <p>The session cookie is Secure; a browser sends it to http://localhost anyway, the JDK's cookie manager does not,
 * so this keeps its own cookie jar.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern CSRF_VALUE_FIRST = Pattern.compile("value=\"([^\"]+)\"\\s*name=\"_csrf\"");

    private final String base;
    private final Map<String, String> cookies = new ConcurrentHashMap<>();
    private final HttpClient http;
    private @Nullable String csrf;

    private WebSession(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .cookieHandler(new Jar())
                .build();
    }

    /** A page as the browser ends up showing it: after redirects, with its status and HTML. */
    public record Page(int status, URI uri, String html) {

        /** The path the browser ended on. */
        public String path() {
            return uri.getPath();
        }

        /** The text of the page, without tags, and with runs of white space made one space. */
        public String text() {
            return html.replaceAll("(?s)<head>.*</head>", " ")
                    .replaceAll("<[^>]+>", " ")
                    .replace("&nbsp;", " ")
                    .replace("&#39;", "'")
                    .replace("&amp;", "&")
                    .replaceAll("\\s+", " ")
                    .strip();
        }

        @Override
        public String toString() {
            return status + " " + uri + "\n" + text();
        }
    }

    /** Logs the demo user in with the demo password and lands on their start page (a citizen's is the overview). */
    public static WebSession logIn(int port, String username, String password) {
        WebSession session = new WebSession(port);
        Page login = session.get("/start");
        if (!login.path().equals("/inloggen")) {
            throw new IllegalStateException("expected the login page, got " + login);
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("password", password);
        Page start = session.post("/inloggen", form);
        if (start.status() != 200
                || !(start.path().equals("/start") || start.path().equals("/overzicht"))) {
            throw new IllegalStateException("login of " + username + " did not reach the start page: " + start);
        }
        return session;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Sends a form as the page's form would, with the CSRF token of the last page read. */
    public Page post(String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        if (csrf != null) {
            form.put("_csrf", csrf);
        }
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Page post(String path) {
        return post(path, Map.of());
    }

    /**
     * A JSON request to the API in this session, as a page's script would send it: with the session cookie, and for a
     * write with the CSRF token in the {@code X-CSRF-TOKEN} header.
     */
    public Page api(String method, String path, @Nullable String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (csrf != null && !method.equals("GET")) {
            request.header("X-CSRF-TOKEN", csrf);
        }
        return exchange(request);
    }

    private Page send(HttpRequest.Builder request) {
        Page page = exchange(request.header("Accept", "text/html"));
        String token = token(page.html());
        if (token != null) {
            csrf = token;
        }
        return page;
    }

    private Page exchange(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.uri(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static @Nullable String token(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (matcher.find()) {
            return matcher.group(1);
        }
        matcher = CSRF_VALUE_FIRST.matcher(html);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Every cookie of the one host, sent on every request whatever its Secure flag. */
    private final class Jar extends CookieHandler {

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            if (cookies.isEmpty()) {
                return Map.of();
            }
            return Map.of(
                    "Cookie",
                    List.of(cookies.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; "))));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) {
            responseHeaders.forEach((name, values) -> {
                if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                    for (String value : values) {
                        for (HttpCookie cookie : HttpCookie.parse(value)) {
                            if (cookie.getMaxAge() == 0) {
                                cookies.remove(cookie.getName());
                            } else {
                                cookies.put(cookie.getName(), cookie.getValue());
                            }
                        }
                    }
                }
            });
        }
    }
}
