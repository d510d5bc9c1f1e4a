package nl.leerbudget.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the load drivers share: their HTTP client, the files they hand each other, and small readings. */
final class BenchSupport {

    private BenchSupport() {}

    /** HTTP/1.1 on virtual threads, as a browser-less client of the instances. */
    static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
    }

    /** The first group of the pattern's first match in the body, or "?". */
    static String group(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        return matcher.find() ? matcher.group(1) : "?";
    }

    /** The one number a query answers. */
    static long single(Connection db, String sql) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql);
                ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(file, UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
