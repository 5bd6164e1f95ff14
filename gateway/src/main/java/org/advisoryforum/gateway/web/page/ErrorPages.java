package org.advisoryforum.gateway.web.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.advisoryforum.gateway.client.ServiceRefusal;
import org.advisoryforum.gateway.client.ServiceUnavailable;
import org.advisoryforum.gateway.http.GatewayProblems;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Friendly pages for 404, 403, 409, 500 and 503 that say what to do next and leak nothing. This is also the one place
 * where a service's answer becomes a page outcome when the page itself does not handle it: a refusal 404 (or 400, an
 * address that names nothing) is the not-found page, 409 the closed page, any other 4xx the forbidden page; a 5xx
 * or a service that cannot be reached is the 503 page with {@code Retry-After}, never 403 or 404. Forms catch
 * {@link ServiceRefusal} themselves where {@link ServiceRefusal#isFormProblem()} and show its codes as field errors.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status);
    }

    /** Answering refused because the consultation closed meanwhile: say so, rather than "you cannot see this". */
    public static class ConsultationClosed extends RuntimeException {
        public ConsultationClosed() {
            super("the consultation has closed", null, false, false);
        }
    }

    private final PageContext page;

    public ErrorPages(PageContext page) {
        this.page = page;
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return page(404);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return page(403);
    }

    @ServerExceptionMapper
    public Response closed(ConsultationClosed e) {
        return page(409);
    }

    /** A signed-in user without the role a page needs (for example a member on a staff page). */
    @ServerExceptionMapper
    public Response notAllowed(io.quarkus.security.ForbiddenException e) {
        return page(403);
    }

    @ServerExceptionMapper
    public Response refused(ServiceRefusal e) {
        return page(
                switch (e.status()) {
                    case 400, 404 -> 404;
                    case 409 -> 409;
                    default -> 403;
                });
    }

    @ServerExceptionMapper
    public Response unavailable(ServiceUnavailable e) {
        return unavailablePage();
    }

    /** The typed clients' failure to reach a service at all (refused connection, time-out, an unreadable answer). */
    @ServerExceptionMapper
    public Response unreachable(ProcessingException e) {
        LOG.warnf("a service could not be reached: %s", e.getMessage());
        return unavailablePage();
    }

    private Response unavailablePage() {
        return Response.fromResponse(page(503))
                .header("Retry-After", Long.toString(GatewayProblems.RETRY_AFTER_SECONDS))
                .build();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        if (e instanceof jakarta.ws.rs.WebApplicationException web
                && web.getResponse().getStatus() < 500) {
            return page(web.getResponse().getStatus() == 404 ? 404 : 403);
        }
        LOG.error("a page failed", e);
        return page(500);
    }

    private Response page(int status) {
        String body = Templates.error(status).render();
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(body)
                .build();
    }
}
