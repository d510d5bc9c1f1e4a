package nl.leerbudget.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.leerbudget.identity.batch.DemoIdentities;
import nl.leerbudget.shared.Demo;
import nl.leerbudget.support.Api;
import nl.leerbudget.support.IntegrationTest;
import nl.leerbudget.support.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route the application serves, called by every role and by an anonymous caller, against the expected
 * matrix in {@code authorisation-matrix.csv}. A route missing from the matrix fails the test, as does a row for a
 * route that no longer exists. Allowed means the route's own answer (which may be 400 or 404 for the made-up ids and
 * empty bodies used here, but never 401, 403 or a server error); denied means 401 for the anonymous caller and 403
 * for a role.
 */
@IntegrationTest
class AuthorisationMatrixIT {

    private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    IdentityProperties properties;

    record Rule(String method, String path, String who) {

        boolean allows(Role role) {
            return who.equals("anyone")
                    || who.equals("authenticated")
                    || Arrays.asList(who.split(" ")).contains(role.name());
        }

        boolean allowsAnonymous() {
            return who.equals("anyone");
        }

        String route() {
            return method + " " + path;
        }
    }

    @Test
    void everyRouteHasARuleAndEveryRuleARoute() throws IOException {
        Set<String> ruled = new TreeSet<>(matrix().stream().map(Rule::route).toList());

        assertThat(ruled).as("routes in authorisation-matrix.csv").isEqualTo(servedRoutes());
    }

    @Test
    void everyRoleAndAnonymousGetWhatTheMatrixSays() throws IOException {
        Map<Role, Api> callers = new EnumMap<>(Role.class);
        Tokens tokens = new Tokens(encoder, properties);
        for (Role role : Role.values()) {
            String username = DemoIdentities.LOGINS.stream()
                    .filter(login -> login.role() == role)
                    .findFirst()
                    .orElseThrow()
                    .username();
            callers.put(role, new Api(port).as(tokens.of(username)));
        }
        Api anonymous = new Api(port);
        List<String> wrong = new ArrayList<>();
        for (Rule rule : matrix()) {
            // A provider's own routes name the demo provider's own id: a made-up one is refused by the register
            // before the body is read, which is the module's answer, not the route's.
            String path = VARIABLE.matcher(rule.path().replace("{providerId}", Demo.ROC.toString()))
                    .replaceAll(m -> Matcher.quoteReplacement(UUID.randomUUID().toString()));
            check(
                    wrong,
                    rule,
                    "anonymous",
                    rule.allowsAnonymous(),
                    anonymous.send(rule.method(), path).status(),
                    401);
            if (rule.path().equals("/start")) {
                continue; // a page for browser sessions: the browser test logs in as every role
            }
            for (Role role : Role.values()) {
                int status = callers.get(role).send(rule.method(), path).status();
                check(wrong, rule, role.name(), rule.allows(role), status, 403);
            }
        }
        assertThat(wrong).as("answers that differ from the matrix").isEmpty();
    }

    private static void check(List<String> wrong, Rule rule, String caller, boolean allowed, int status, int denial) {
        boolean ok = allowed
                ? status != 401 && status != 403 && status < 500
                : status == denial || isLoginRedirect(rule, status);
        if (!ok) {
            wrong.add(rule.route() + " as " + caller + ": expected " + (allowed ? "allowed" : "denied (" + denial + ")")
                    + " but got " + status);
        }
    }

    /**
     * Pages send an anonymous browser to the login (302), and refuse a form post without a CSRF token (403); an API
     * caller gets 401.
     */
    private static boolean isLoginRedirect(Rule rule, int status) {
        return !rule.path().startsWith("/api/") && (status == 302 || status == 403);
    }

    private Set<String> servedRoutes() {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getPatternValues().stream()
                        .filter(pattern -> !pattern.equals("/error"))
                        .forEach(pattern -> info.getMethodsCondition()
                                .getMethods()
                                .forEach(method -> served.add(method.name() + " " + pattern))));
        return served;
    }

    private static List<Rule> matrix() throws IOException {
        try (InputStream in = AuthorisationMatrixIT.class.getResourceAsStream("/authorisation-matrix.csv")) {
            assertThat(in).as("authorisation-matrix.csv on the test class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("method,"))
                    .map(line -> line.split(",", 3))
                    .map(cells -> new Rule(cells[0].strip(), cells[1].strip(), cells[2].strip()))
                    .toList();
        }
    }
}
