package nl.leerbudget.identity.web;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.leerbudget.identity.Assurance;
import nl.leerbudget.identity.IdentityProperties;
import nl.leerbudget.identity.batch.DemoIdentities;
import nl.leerbudget.identity.domain.Pseudonyms;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The built-in development identity provider (Spring Authorization Server in the same application), so that the
 * embedded default has OpenID Connect login with no other setup. It follows the NL GOV assurance profile where it
 * matters to the relying party: authorization code flow with PKCE (S256) required, pairwise subject identifiers,
 * an {@code acr} claim with the level of assurance, and the BSN as a claim of the ID token only. Its users are the
 * demo users, all with the password {@value DemoIdentities#PASSWORD}; its key is made at start-up or shared through a file. Production
 * switches it off ({@code LEERBUDGET_DEV_IDP=false}) and configures an external provider.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "leerbudget.identity.dev-idp", havingValue = true)
@ConditionalOnWebApplication
class DevIdentityProvider {

    static final String REGISTRATION = "leerbudget";
    static final String WEB_CLIENT = "leerbudget-web";
    static final String LOA_SUBSTANTIAL = Assurance.SUBSTANTIAL.acr();
    static final String LOA_HIGH = Assurance.HIGH.acr();

    /** The identity provider's own session key, apart from the application's, so that the two logins never mix. */
    private static final String IDP_CONTEXT = "LEERBUDGET_DEV_IDP_SECURITY_CONTEXT";

    /** A secret for the web client, made at start-up: both ends live in this process. */
    private final String webClientSecret = UUID.randomUUID().toString();

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) {
        OAuth2AuthorizationServerConfigurer authorizationServer = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(authorizationServer.getEndpointsMatcher())
                .with(authorizationServer, as -> as.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(routes -> routes.anyRequest().authenticated())
                .headers(SecurityConfiguration::securityHeaders)
                .securityContext(context -> context.securityContextRepository(idpContexts()))
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/inloggen"),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain identityProviderLogin(HttpSecurity http, LoginAttempts attempts) {
        http.securityMatcher("/inloggen")
                .authorizeHttpRequests(routes -> routes.anyRequest().permitAll())
                .headers(SecurityConfiguration::securityHeaders)
                .formLogin(form -> form.loginPage("/inloggen")
                        .loginProcessingUrl("/inloggen")
                        .failureHandler(attempts)
                        .successHandler(attempts.onSuccess()))
                .securityContext(context -> context.securityContextRepository(idpContexts()))
                .authenticationManager(demoUsers(attempts));
        return http.build();
    }

    private static SecurityContextRepository idpContexts() {
        var repository = new HttpSessionSecurityContextRepository();
        repository.setSpringSecurityContextKey(IDP_CONTEXT);
        return repository;
    }

    private static AuthenticationManager demoUsers(LoginAttempts attempts) {
        UserDetailsService users = username -> {
            if (attempts.blocked(username)) {
                throw new LockedException("too many attempts");
            }
            return DemoIdentities.LOGINS.stream()
                    .filter(login -> login.username().equals(username))
                    .findFirst()
                    .map(login -> (UserDetails) User.withUsername(login.username())
                            .password("{noop}" + DemoIdentities.PASSWORD)
                            .roles("PERSON")
                            .build())
                    .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        };
        var provider = new DaoAuthenticationProvider(users);
        provider.setHideUserNotFoundExceptions(true);
        return new ProviderManager(provider);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        return AuthorizationServerSettings.builder()
                .issuer(properties.devIssuer())
                .build();
    }

    @Bean
    RegisteredClientRepository registeredClients(ServerAddress server) {
        return new RegisteredClientRepository() {
            private volatile @Nullable InMemoryRegisteredClientRepository clients;

            @Override
            public void save(RegisteredClient client) {
                repository().save(client);
            }

            @Override
            public @Nullable RegisteredClient findById(String id) {
                return repository().findById(id);
            }

            @Override
            public @Nullable RegisteredClient findByClientId(String clientId) {
                return repository().findByClientId(clientId);
            }

            // Redirect URIs name the server's port, known only once it has started.
            private InMemoryRegisteredClientRepository repository() {
                InMemoryRegisteredClientRepository current = clients;
                if (current == null) {
                    current = new InMemoryRegisteredClientRepository(clientsFor(server));
                    clients = current;
                }
                return current;
            }
        };
    }

    private List<RegisteredClient> clientsFor(ServerAddress server) {
        List<RegisteredClient> clients = new ArrayList<>();
        clients.add(RegisteredClient.withId(WEB_CLIENT)
                .clientId(WEB_CLIENT)
                .clientSecret("{noop}" + webClientSecret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(server.baseUrl() + "/login/oauth2/code/" + REGISTRATION)
                .redirectUri("http://127.0.0.1:" + server.port() + "/login/oauth2/code/" + REGISTRATION)
                .postLogoutRedirectUri(server.baseUrl() + "/")
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(Duration.ofMinutes(15))
                        .build())
                .build());
        for (String[] client : DemoIdentities.API_CLIENTS) {
            clients.add(RegisteredClient.withId(client[0])
                    .clientId(client[0])
                    .clientSecret("{noop}" + client[0] + "-secret")
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .scope("api")
                    .build());
        }
        return clients;
    }

    /** The relying party's registration of this identity provider. */
    @Bean
    ClientRegistrationRepository clientRegistrations(ServerAddress server, IdentityProperties properties) {
        return registrationId -> {
            if (!REGISTRATION.equals(registrationId)) {
                return null;
            }
            String base = server.baseUrl();
            return ClientRegistration.withRegistrationId(REGISTRATION)
                    .clientId(WEB_CLIENT)
                    .clientSecret(webClientSecret)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .scope(OidcScopes.OPENID, OidcScopes.PROFILE)
                    .authorizationUri(base + "/oauth2/authorize")
                    .tokenUri(base + "/oauth2/token")
                    .jwkSetUri(base + "/oauth2/jwks")
                    .issuerUri(properties.devIssuer())
                    .userNameAttributeName("sub")
                    .clientName("Leerbudget (ontwikkel-inlogdienst)")
                    .build();
        };
    }

    /**
     * The signing key: made at start-up, or, when {@code leerbudget.identity.dev-key-file} names a file, the RSA key
     * in that file (a JWK with its private part), which is made and written there first if the file does not exist.
     * Instances that share the file accept each other's tokens, as behind a load balancer.
     */
    @Bean
    JWKSource<SecurityContext> jwkSource(@Value("${leerbudget.identity.dev-key-file:}") String keyFile)
            throws NoSuchAlgorithmException, IOException {
        RSAKey key = keyFile.isBlank() ? newKey() : sharedKey(Path.of(keyFile));
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    private static RSAKey newKey() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        return new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                .privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(UUID.randomUUID().toString())
                .build();
    }

    private static RSAKey sharedKey(Path file) throws NoSuchAlgorithmException, IOException {
        if (!Files.exists(file)) {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Path written = Files.createTempFile(parent, "dev-key", ".tmp");
            Files.writeString(written, newKey().toJSONString(), StandardCharsets.UTF_8);
            try {
                // Two instances starting together: the first to move its key in wins, the other reads that one.
                Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                Files.deleteIfExists(written);
            }
        }
        try {
            RSAKey key = RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
            if (!key.isPrivate()) {
                throw new IllegalStateException(file + " holds no private key");
            }
            return key;
        } catch (ParseException e) {
            throw new IllegalStateException(file + " is not an RSA key in JWK form", e);
        }
    }

    @Bean
    JwtEncoder jwtEncoder(JWKSource<SecurityContext> keys) {
        return new NimbusJwtEncoder(keys);
    }

    /** The resource server checks bearer tokens against the same keys, in process, and requires our issuer. */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys, IdentityProperties properties) throws KeySourceException {
        // One key, turned into a public key once: selecting it from the key set for every request cost more than
        // checking the signature.
        List<JWK> found = keys.get(new JWKSelector(new JWKMatcher.Builder().build()), null);
        if (found.size() != 1 || !(found.getFirst() instanceof RSAKey key)) {
            throw new IllegalStateException("the development identity provider signs with exactly one RSA key");
        }
        NimbusJwtDecoder decoder;
        try {
            decoder = NimbusJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
        } catch (JOSEException e) {
            throw new IllegalStateException("the development signing key has no usable public part", e);
        }
        // The signature is checked once per token (VerifiedTokens remembers it); the claims on every request.
        decoder.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
        return new VerifiedTokens(
                decoder,
                new DelegatingOAuth2TokenValidator<>(
                        JwtValidators.createDefaultWithIssuer(properties.devIssuer()),
                        BearerTokens.accessTokensOnly()));
    }

    /**
     * Pairwise subjects for users (client credentials keep the client id as subject), the level of assurance asked
     * for, the name, and for citizens the BSN — in the ID token only, never in an access token.
     */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> nlGovClaims(IdentityProperties properties) {
        Pseudonyms pseudonyms = new Pseudonyms(properties.pseudonymKeyBytes());
        return context -> {
            if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
                return;
            }
            Authentication principal = context.getPrincipal();
            if (principal == null) {
                return;
            }
            DemoIdentities.DemoLogin login = DemoIdentities.login(principal.getName());
            context.getClaims().subject(pseudonyms.pairwise(properties.sector(), login.username()));
            // The level of assurance of the login travels with both tokens: the API checks it too.
            context.getClaims().claim("acr", assurance(context.getAuthorization()));
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                context.getClaims().claim("name", login.displayName());
                if (login.bsn() != null) {
                    context.getClaims().claim(Logins.BSN_CLAIM, login.bsn());
                }
            }
        };
    }

    /** Grants the level of assurance the relying party asked for in acr_values, up to high; substantial otherwise. */
    private static String assurance(@Nullable OAuth2Authorization authorization) {
        if (authorization == null) {
            return LOA_SUBSTANTIAL;
        }
        OAuth2AuthorizationRequest request = authorization.getAttribute(OAuth2AuthorizationRequest.class.getName());
        Map<String, Object> parameters = request == null ? Map.of() : request.getAdditionalParameters();
        Object asked = parameters.get("acr_values");
        return LOA_HIGH.equals(asked) ? LOA_HIGH : LOA_SUBSTANTIAL;
    }
}
