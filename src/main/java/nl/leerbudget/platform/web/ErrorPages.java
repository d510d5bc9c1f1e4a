package nl.leerbudget.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the servlet container shows for an error it was handed ({@code sendError}, an unknown path, a refusal by the
 * security chain, an exception no one handled), in place of Spring Boot's Whitelabel page and its JSON: on a page, a
 * Dutch page with the same status that says in plain words what happened and where to go on; on an API path, an RFC
 * 9457 problem, as every other API failure.
 */
@Controller
class ErrorPages implements ErrorController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RequestMapping("/error")
    @Nullable
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = status(request);
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                ? uri.substring(request.getContextPath().length())
                : "/error";
        if (PageRequests.isApi(path)) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", status.getReasonPhrase());
            problem.put("status", status.value());
            problem.put("instance", path);
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.setHeader(ApiVersion.HEADER, ApiVersion.VERSION);
            JSON.writeValue(response.getOutputStream(), problem);
            return null;
        }
        ErrorText text = ErrorText.of(status);
        ModelAndView page = new ModelAndView("fout", status);
        page.addObject("title", text.title());
        page.addObject("explanation", text.explanation());
        page.addObject("status", status.value());
        return page;
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status != null && status.isError() ? status : HttpStatus.INTERNAL_SERVER_ERROR;
    }

    /** The page's heading and explanation, in plain Dutch (B1), for a status. */
    record ErrorText(String title, String explanation) {

        static ErrorText of(HttpStatus status) {
            return switch (status) {
                case NOT_FOUND ->
                    new ErrorText(
                            "Deze pagina bestaat niet",
                            "De pagina die u zocht, kunnen we niet vinden. Misschien is het adres niet goed getypt, of"
                                    + " bestaat de pagina niet meer.");
                case FORBIDDEN ->
                    new ErrorText(
                            "U mag deze pagina niet openen",
                            "Deze pagina is voor een andere groep gebruikers. Met uw account kunt u hier niet komen."
                                    + " Hebt u een formulier verstuurd? Dan is er niets veranderd.");
                case SERVICE_UNAVAILABLE ->
                    new ErrorText(
                            "Even niet beschikbaar",
                            "Het lukt nu niet. Er is niets veranderd. Probeer het over een paar minuten opnieuw.");
                default ->
                    status.is5xxServerError()
                            ? new ErrorText(
                                    "Er ging iets mis",
                                    "Er ging bij ons iets mis. Er is niets veranderd. Probeer het later opnieuw.")
                            : new ErrorText(
                                    "Dit lukt niet",
                                    "Wat u vroeg, kunnen we niet uitvoeren. Ga terug naar de vorige pagina en probeer"
                                            + " het opnieuw.");
            };
        }
    }
}
