package nl.leerbudget.identity.web;

import java.util.Collection;
import java.util.Map;
import nl.leerbudget.identity.Actor;
import nl.leerbudget.identity.Actors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A user logged in through OpenID Connect in the browser. Only what the application needs is kept: the actor and
 * the ID token's standard claims without the BSN, which is read once at login and never stored in the session.
 */
record LoginUser(Actor actor, String displayName, Collection<? extends GrantedAuthority> authorities, OidcIdToken token)
        implements OidcUser, Actors.ActorPrincipal {

    @Override
    public Map<String, Object> getClaims() {
        return token.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return new OidcUserInfo(Map.of("sub", token.getSubject()));
    }

    @Override
    public OidcIdToken getIdToken() {
        return token;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return token.getClaims();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getName() {
        return actor.userId();
    }
}
