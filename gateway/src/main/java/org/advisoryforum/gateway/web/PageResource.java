package org.advisoryforum.gateway.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.advisoryforum.gateway.client.ConsultationDetail;
import org.advisoryforum.gateway.client.ConsultationSummary;
import org.advisoryforum.gateway.client.MemberApi;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** The public pages: home, the list of consultations, one consultation. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PageResource {

    private static final Logger LOG = Logger.getLogger(PageResource.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<ConsultationSummary> open, boolean unavailable);

        static native TemplateInstance consultations(List<ConsultationSummary> open, List<ConsultationSummary> closed,
                                                     boolean unavailable);

        static native TemplateInstance consultation(ConsultationDetail consultation);
    }

    private final MemberApi api;
    private final PageContext page;

    public PageResource(MemberApi api, PageContext page) {
        this.api = api;
        this.page = page;
    }

    @GET
    public TemplateInstance home() {
        List<ConsultationSummary> open = load(() -> list("open"));
        return localised(Templates.home(open == null ? List.of() : open, open == null));
    }

    @GET
    @Path("consultations")
    public TemplateInstance consultations() {
        List<ConsultationSummary> open = load(() -> list("open"));
        List<ConsultationSummary> closed = load(() -> list("closed"));
        boolean unavailable = open == null || closed == null;
        return localised(Templates.consultations(open == null ? List.of() : open, closed == null ? List.of() : closed,
                unavailable));
    }

    @GET
    @Path("consultations/{id}")
    public TemplateInstance consultation(@PathParam("id") String id) {
        MemberApi.Reply reply = api.call("GET", "/api/consultations/" + parse(id), null);
        if (reply.status() == 404) {
            throw new NotFoundException();
        }
        if (!reply.ok()) {
            throw new IllegalStateException("consultation-service answered " + reply.status());
        }
        return localised(Templates.consultation(api.read(reply.body(), ConsultationDetail.class)));
    }

    private List<ConsultationSummary> list(String status) {
        MemberApi.Reply reply = api.call("GET", "/api/consultations?status=" + status, null);
        if (!reply.ok()) {
            throw new IllegalStateException("consultation-service answered " + reply.status());
        }
        return List.of(api.read(reply.body(), ConsultationSummary[].class));
    }

    /** Signing in is the OIDC code flow: reaching this page means the user has a session. */
    @GET
    @Path("login")
    @Authenticated
    public Response login() {
        return Response.seeOther(URI.create("/")).build();
    }

    private TemplateInstance localised(TemplateInstance instance) {
        return instance.setLocale(page.getLocale());
    }

    static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }

    private static <T> T load(Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            LOG.warnf("consultations could not be loaded: %s", e.getMessage());
            return null;
        }
    }
}
