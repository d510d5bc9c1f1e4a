package nl.leerbudget.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** The error page of a page request is Dutch HTML with the status; that of an API request an RFC 9457 problem. */
class ErrorPagesTest {

    private final ErrorPages pages = new ErrorPages();
    private final PageExceptions exceptions = new PageExceptions();

    @Test
    void aFailedPageGetsTheDutchPageWithItsStatus() throws Exception {
        ModelAndView page = pages.error(errorOf("/regelingen/iets", 500), new MockHttpServletResponse());

        assertThat(page).isNotNull();
        assertThat(page.getViewName()).isEqualTo("fout");
        assertThat(page.getStatus()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(page.getModel()).containsEntry("title", "Er ging iets mis").containsEntry("status", 500);
    }

    @Test
    void anUnknownPageAndARefusedPageSayWhatHappenedInDutch() throws Exception {
        assertThat(pages.error(errorOf("/bestaat-niet", 404), new MockHttpServletResponse())
                        .getModel())
                .containsEntry("title", "Deze pagina bestaat niet");
        assertThat(pages.error(errorOf("/beheer/regelingen", 403), new MockHttpServletResponse())
                        .getModel())
                .containsEntry("title", "U mag deze pagina niet openen");
    }

    @Test
    void aFailedApiRequestStaysAProblem() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        ModelAndView page = pages.error(errorOf("/api/v1/bestaat-niet", 404), response);

        assertThat(page).isNull();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":404").contains("\"title\":\"Not Found\"");
    }

    @Test
    void anExceptionOnAPageBecomesTheErrorPageAndOnTheApiIsLeftToTheProblemAdvice() {
        MockHttpServletResponse failed = new MockHttpServletResponse();
        assertThat(exceptions.resolveException(request("/start"), failed, null, new IllegalStateException("boom")))
                .isNotNull();
        assertThat(failed.getStatus()).isEqualTo(500);

        MockHttpServletResponse unknown = new MockHttpServletResponse();
        exceptions.resolveException(
                request("/nergens"),
                unknown,
                null,
                new NoResourceFoundException(HttpMethod.GET, "/nergens", "nergens"));
        assertThat(unknown.getStatus()).isEqualTo(404);

        MockHttpServletResponse refused = new MockHttpServletResponse();
        exceptions.resolveException(request("/regelingen"), refused, null, new NotYours());
        assertThat(refused.getStatus()).isEqualTo(403);

        assertThat(exceptions.resolveException(
                        request("/api/v1/me"), new MockHttpServletResponse(), null, new IllegalStateException("boom")))
                .isNull();
    }

    /** As a module's refusal (identity's {@code NotPermitted}) carries its status. */
    @ResponseStatus(HttpStatus.FORBIDDEN)
    static final class NotYours extends RuntimeException {}

    private static MockHttpServletRequest errorOf(String path, int status) {
        MockHttpServletRequest request = request("/error");
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, path);
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        return request;
    }

    private static MockHttpServletRequest request(String path) {
        return new MockHttpServletRequest("GET", path);
    }
}
