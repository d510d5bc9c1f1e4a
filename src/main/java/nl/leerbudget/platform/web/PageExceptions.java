package nl.leerbudget.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Exceptions on page requests become the Dutch error page ({@link ErrorPages}) with their status, before the
 * problem-details advice of the APIs ({@link ProblemHandler}) can answer a person's browser with JSON: an unknown
 * page is 404, a wrong method 405, a {@link ResponseStatus} or {@link ApiProblem} its own status, anything else 500.
 * API requests are left to the advice. Refusals by Spring Security go back to its filter, which logs in an anonymous
 * visitor or answers 403.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageExceptions implements HandlerExceptionResolver {

    private static final Logger log = LoggerFactory.getLogger(PageExceptions.class);

    @Override
    public @Nullable ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, @Nullable Object handler, Exception exception) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (PageRequests.isApi(path)) {
            return null;
        }
        if (exception instanceof AccessDeniedException denied) {
            throw denied;
        }
        if (exception instanceof AuthenticationException unauthenticated) {
            throw unauthenticated;
        }
        HttpStatusCode status = status(exception);
        if (status.is5xxServerError()) {
            log.error("Unexpected failure handling {} {}", request.getMethod(), request.getRequestURI(), exception);
        }
        try {
            response.sendError(status.value());
        } catch (IOException e) {
            log.debug("Could not send the error page for {}", request.getRequestURI(), e);
        }
        return new ModelAndView();
    }

    private static HttpStatusCode status(Exception exception) {
        if (exception instanceof ErrorResponse response) {
            return response.getStatusCode();
        }
        if (exception instanceof ApiProblem problem) {
            return problem.status();
        }
        ResponseStatus annotated =
                AnnotatedElementUtils.findMergedAnnotation(exception.getClass(), ResponseStatus.class);
        return annotated != null ? annotated.code() : HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
