package org.advisoryforum.gateway.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Friendly pages for 404, 403 and 500 that say what to do next and leak nothing. */
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
    public Response unexpected(RuntimeException e) {
        if (e instanceof jakarta.ws.rs.WebApplicationException web && web.getResponse().getStatus() < 500) {
            return page(web.getResponse().getStatus() == 404 ? 404 : 403);
        }
        LOG.error("a page failed", e);
        return page(500);
    }

    private Response page(int status) {
        String body = Templates.error(status).setLocale(page.getLocale()).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(body).build();
    }
}
