package org.advisoryforum.gateway.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.advisoryforum.gateway.client.ConsultationDetail;
import org.advisoryforum.gateway.client.ConsultationSummary;
import org.advisoryforum.gateway.client.ConsultationsClient;
import org.advisoryforum.gateway.client.MyResponse;
import org.advisoryforum.gateway.client.ServiceRefusal;
import org.advisoryforum.gateway.client.ServiceUnavailable;
import org.advisoryforum.gateway.web.page.Parallel;
import org.advisoryforum.gateway.web.page.SignInReturn;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/** The public pages: home, the list of consultations, one consultation. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PageResource {

    private static final Logger LOG = Logger.getLogger(PageResource.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<ConsultationSummary> open, boolean unavailable);

        static native TemplateInstance consultations(
                List<ConsultationSummary> open, List<ConsultationSummary> closed, boolean unavailable);

        static native TemplateInstance consultation(ConsultationDetail consultation, MyResponse mine);
    }

    private final ConsultationsClient consultations;
    private final SecurityIdentity identity;

    private final Parallel parallel;

    public PageResource(@RestClient ConsultationsClient consultations, SecurityIdentity identity, Parallel parallel) {
        this.consultations = consultations;
        this.identity = identity;
        this.parallel = parallel;
    }

    @GET
    public TemplateInstance home() {
        List<ConsultationSummary> open = load(() -> consultations.list("open"));
        return Templates.home(open == null ? List.of() : open, open == null);
    }

    @GET
    @Path("consultations")
    public TemplateInstance consultations() {
        Parallel.Call<List<ConsultationSummary>> closedCall =
                parallel.start(() -> load(() -> consultations.list("closed")));
        List<ConsultationSummary> open = load(() -> consultations.list("open"));
        List<ConsultationSummary> closed = closedCall.get();
        boolean unavailable = open == null || closed == null;
        return Templates.consultations(
                open == null ? List.of() : open, closed == null ? List.of() : closed, unavailable);
    }

    @GET
    @Path("consultations/{id}")
    public TemplateInstance consultation(@PathParam("id") String id) {
        ConsultationDetail consultation = consultations.consultation(parse(id));
        return Templates.consultation(consultation, consultation.isOpen() ? mine(consultation.id()) : null);
    }

    /** A member's own response, for the page's "Your response" summary; null for anyone else, or if none. */
    private MyResponse mine(UUID consultationId) {
        if (identity.isAnonymous() || !identity.hasRole("member")) {
            return null;
        }
        try {
            return consultations.myResponse(consultationId);
        } catch (ServiceRefusal | ServiceUnavailable | ProcessingException notNow) {
            return null; // the public page stands without the summary
        }
    }

    /**
     * Signing in is the OIDC code flow: reaching this page means the user has a session. Then back to the page the
     * sign-in link was on ({@code ?to=}, a path of this gateway only), else the home page.
     */
    @GET
    @Path("login")
    @Authenticated
    public Response login(@jakarta.ws.rs.QueryParam("to") String to) {
        return Response.seeOther(SignInReturn.target(to)).build();
    }

    /** An id in a page address; anything else is the not-found page. */
    public static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }

    /** The lists still show the page when consultation-service is away: it says so instead. */
    private static <T> T load(Supplier<T> call) {
        try {
            return call.get();
        } catch (ServiceUnavailable | ServiceRefusal | ProcessingException e) {
            LOG.warnf("consultations could not be loaded: %s", e.getMessage());
            return null;
        }
    }
}
