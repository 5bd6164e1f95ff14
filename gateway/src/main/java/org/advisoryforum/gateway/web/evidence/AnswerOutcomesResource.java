package org.advisoryforum.gateway.web.evidence;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.gateway.client.InputOutcome;
import org.advisoryforum.gateway.client.TrackingClient;
import org.advisoryforum.gateway.web.pages.PageResource;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Staff follow one answer or comment forward: the key points it fed and the actions answering them, with status. */
@Path("/staff/answers/{inputId}/outcomes")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("staff")
public class AnswerOutcomesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance outcomes(UUID consultationId, List<InputOutcome> outcomes);
    }

    private final TrackingClient tracking;

    public AnswerOutcomesResource(@RestClient TrackingClient tracking) {
        this.tracking = tracking;
    }

    @GET
    public TemplateInstance outcomes(
            @PathParam("inputId") String inputId, @QueryParam("consultation") String consultation) {
        UUID consultationId = null;
        try {
            consultationId = consultation == null ? null : UUID.fromString(consultation);
        } catch (IllegalArgumentException ignored) {
            // no way back to a consultation then: the page links to the staff home
        }
        return Templates.outcomes(consultationId, tracking.forward(PageResource.parse(inputId)));
    }
}
