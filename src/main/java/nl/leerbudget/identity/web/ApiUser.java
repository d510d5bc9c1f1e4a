package nl.leerbudget.identity.web;

import java.util.Collection;
import nl.leerbudget.identity.Actor;
import nl.leerbudget.identity.Actors;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** A caller of the API with a bearer token (a user's access token, or an organisation's client credentials). */
final class ApiUser extends AbstractAuthenticationToken {

    /** The principal: only the actor, never the token. */
    record Caller(Actor actor) implements Actors.ActorPrincipal {}

    private final Caller caller;
    private final transient Jwt token;

    ApiUser(Actor actor, Jwt token, Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.caller = new Caller(actor);
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Object getPrincipal() {
        return caller;
    }

    @Override
    public String getName() {
        return caller.actor().userId();
    }
}
