package nl.leerbudget.identity.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.leerbudget.identity.Actor;
import nl.leerbudget.identity.Assurance;
import nl.leerbudget.identity.PersonRegistry;
import nl.leerbudget.identity.PersonView;
import nl.leerbudget.identity.Role;
import nl.leerbudget.identity.domain.Bsn;
import nl.leerbudget.identity.domain.User;
import nl.leerbudget.identity.domain.Users;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

/**
 * Who a login is. A login is an OpenID Connect identity (issuer and pairwise subject) linked to a user. A citizen
 * logging in for the first time is recognised by the BSN claim of the ID token: the person is found or registered
 * by BSN, a citizen user is created and the subject linked, and the BSN is forgotten. Staff users are provisioned
 * ahead of their first login. Roles belong to the application, not to the identity provider.
 */
@Component
class Logins {

    /** The ID token claim that carries the BSN (DigiD through a broker delivers it to the relying party). */
    static final String BSN_CLAIM = "bsn";

    /**
     * How long a bearer token's user is remembered: a surge of API calls then costs no database read per call, and a
     * changed role still takes effect within seconds.
     */
    static final Duration REMEMBERED = Duration.ofSeconds(10);

    private record Login(String issuer, String subject) {}

    private final Users users;
    private final PersonRegistry registry;
    private final Clock clock;
    private final Cache<Login, User> recent = Caffeine.newBuilder()
            .expireAfterWrite(REMEMBERED)
            .maximumSize(100_000)
            .build();

    Logins(Users users, PersonRegistry registry, Clock clock) {
        this.users = users;
        this.registry = registry;
        this.clock = clock;
    }

    /** The browser login: maps the ID token to a user; the BSN claim is used once and not kept. */
    OidcUser loadUser(OidcUserRequest request) {
        OidcIdToken token = request.getIdToken();
        String issuer = String.valueOf(token.getIssuer());
        String subject = requireSubject(token.getSubject());
        User user = users.bySubject(issuer, subject)
                .or(() -> provisionCitizen(issuer, subject, token))
                .orElseThrow(() ->
                        new OAuth2AuthenticationException(new OAuth2Error("unknown_user"), "no user for this login"));
        // The signed token itself carries the BSN: the session keeps only its other claims.
        OidcIdToken withoutBsn = new OidcIdToken(
                "not-kept",
                token.getIssuedAt(),
                token.getExpiresAt(),
                token.getClaims().entrySet().stream()
                        .filter(e -> !e.getKey().equals(BSN_CLAIM))
                        .collect(java.util.stream.Collectors.toMap(
                                java.util.Map.Entry::getKey, java.util.Map.Entry::getValue)));
        return new LoginUser(
                actor(user, Assurance.ofAcr(token.getClaims().get("acr"))),
                user.displayName(),
                authorities(user),
                withoutBsn);
    }

    /** The API: maps a bearer token's issuer and subject to a user. */
    AbstractAuthenticationToken fromJwt(Jwt jwt) {
        Login login = new Login(String.valueOf(jwt.getIssuer()), requireSubject(jwt.getSubject()));
        User user = recent.getIfPresent(login);
        if (user == null) {
            user = users.bySubject(login.issuer(), login.subject())
                    .orElseThrow(() -> new InvalidBearerTokenException("the token's subject is not a user here"));
            recent.put(login, user);
        }
        return new ApiUser(actor(user, Assurance.ofAcr(jwt.getClaims().get("acr"))), jwt, authorities(user));
    }

    private static String requireSubject(@Nullable String subject) {
        if (subject == null || subject.isBlank()) {
            throw new InvalidBearerTokenException("a token without a subject");
        }
        return subject;
    }

    private Optional<User> provisionCitizen(String issuer, String subject, OidcIdToken token) {
        Object claim = token.getClaims().get(BSN_CLAIM);
        if (!(claim instanceof String text) || !Bsn.isValid(text)) {
            return Optional.empty();
        }
        String name = token.getFullName() == null ? "Burger" : token.getFullName();
        PersonView person = registry.findOrRegister(Bsn.of(text), name, null);
        User user = users.ofPerson(person.id())
                .orElseGet(() -> new User(UUID.randomUUID(), name, person.id(), null, Set.of(Role.CITIZEN)));
        users.save(user, issuer, subject, clock.instant());
        return Optional.of(user);
    }

    static Actor actor(User user, Assurance assurance) {
        return new Actor(user.id().toString(), user.roles(), user.person(), null, user.organisation(), assurance);
    }

    private static List<GrantedAuthority> authorities(User user) {
        return user.roles().stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
    }
}
