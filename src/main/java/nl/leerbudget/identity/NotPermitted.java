package nl.leerbudget.identity;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Thrown by module APIs when the current actor may not do what they asked; answered with 403. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public final class NotPermitted extends RuntimeException {

    public NotPermitted(String message) {
        super(message, null, false, false);
    }
}
