package nl.leerbudget.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.leerbudget.identity.batch.DemoIdentities;
import nl.leerbudget.identity.domain.Bsn;
import nl.leerbudget.support.Api;
import nl.leerbudget.support.IntegrationTest;
import nl.leerbudget.support.Tokens;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtEncoder;

/**
 * Runs last and reads everything the test run logged: the application log of the integration tests and the output
 * of every test class. No BSN may appear: not a demo citizen's, and no other nine-digit number passing the
 * eleven-test. Before reading, it registers people by BSN (valid and invalid) so that the run certainly handled some.
 */
@IntegrationTest
@Order(Integer.MAX_VALUE)
class BsnLogScanIT {

    /** Nine digits standing alone: not part of a longer number, a hexadecimal id, a word or a timestamp. */
    private static final Pattern NINE_DIGITS = Pattern.compile("(?<![0-9A-Za-z])[0-9]{9}(?![0-9A-Za-z])");

    /** Timestamps, whose nanoseconds are nine digits. */
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}([.,]\\d+)?");

    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @LocalServerPort
    int port;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    IdentityProperties properties;

    @Test
    void noBsnAppearsInAnyLogOfTheTestRun() throws IOException {
        Api admin = new Api(port).as(new Tokens(encoder, properties).of("els"));
        assertThat(admin.post("/api/v1/people", Map.of("bsn", "999991061", "displayName", "Log Test"))
                        .status())
                .isIn(200, 201);
        assertThat(admin.post("/api/v1/people", Map.of("bsn", "999991062", "displayName", "Ongeldig"))
                        .status())
                .isEqualTo(400);

        List<Path> logs = new ArrayList<>();
        for (String folder : List.of("target/test-logs", "target/failsafe-reports", "target/surefire-reports")) {
            Path dir = Path.of(folder);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.filter(Files::isRegularFile)
                            .filter(f -> f.toString().endsWith(".log")
                                    || f.toString().endsWith(".txt"))
                            .forEach(logs::add);
                }
            }
        }
        assertThat(logs).as("log files of this run").isNotEmpty();

        List<String> demoBsns = DemoIdentities.LOGINS.stream()
                .map(DemoIdentities.DemoLogin::bsn)
                .filter(b -> b != null)
                .toList();
        List<String> found = new ArrayList<>();
        for (Path log : logs) {
            String text = TIMESTAMP
                    .matcher(UUID.matcher(Files.readString(log, StandardCharsets.ISO_8859_1))
                            .replaceAll("uuid"))
                    .replaceAll("timestamp");
            for (String bsn : demoBsns) {
                if (text.contains(bsn)) {
                    found.add(log + ": demo BSN " + bsn.substring(0, 3) + "…");
                }
            }
            Matcher matcher = NINE_DIGITS.matcher(text);
            while (matcher.find()) {
                if (Bsn.isValid(matcher.group()) || matcher.group().startsWith("99999106")) {
                    found.add(log + ": " + matcher.group().substring(0, 3) + "… at " + matcher.start());
                }
            }
        }
        assertThat(found).as("BSNs in logs").isEmpty();
    }
}
