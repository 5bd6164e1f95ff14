package org.advisoryforum.gateway.web.safeguarding;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.advisoryforum.gateway.client.ServiceRefusal;
import org.advisoryforum.gateway.client.StaffPageViews;
import org.advisoryforum.gateway.client.TrackingClient;
import org.advisoryforum.gateway.web.editor.StaffConsultations;
import org.advisoryforum.gateway.web.page.FormErrors;
import org.advisoryforum.gateway.web.page.ProblemWords;
import org.advisoryforum.gateway.web.pages.PageResource;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Staff flag a safeguarding concern about an answer or comment they read on a consultation's staff page: a short form
 * for the concern, sent to tracking (never public, audited there), then a confirmation with the way back.
 */
@Path("/staff/safeguarding/flag/{inputId}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("staff")
public class FlagConcernResource {

    static final int LONGEST_CONCERN = 2000;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance flag(
                UUID inputId, UUID consultationId, String concern, FormErrors errors, boolean sent);
    }

    private final TrackingClient tracking;

    public FlagConcernResource(@RestClient TrackingClient tracking) {
        this.tracking = tracking;
    }

    @GET
    public TemplateInstance form(
            @PathParam("inputId") String inputId,
            @QueryParam("consultation") String consultation,
            @QueryParam("sent") String sent) {
        return Templates.flag(
                PageResource.parse(inputId), consultationId(consultation), "", new FormErrors(), sent != null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response flag(
            @PathParam("inputId") String inputId,
            @QueryParam("consultation") String consultation,
            MultivaluedMap<String, String> posted) {
        UUID input = PageResource.parse(inputId);
        UUID consultationId = consultationId(consultation);
        String concern = posted.getFirst("concern") == null
                ? ""
                : posted.getFirst("concern").strip();
        FormErrors errors = new FormErrors();
        if (concern.isEmpty()) {
            errors.add("concern", "sg_error_concern_missing");
        } else if (concern.codePointCount(0, concern.length()) > LONGEST_CONCERN) {
            errors.add("concern", "sg_error_concern_long");
        } else {
            try {
                tracking.flag(new StaffPageViews.Flag(input, concern));
                return Response.seeOther(URI.create("/staff/safeguarding/flag/" + input + "?sent=true"
                                + (consultationId == null ? "" : "&consultation=" + consultationId)))
                        .build();
            } catch (ServiceRefusal refused) {
                StaffConsultations.requireFormProblem(refused);
                errors.add("concern", wordsFor(refused));
            }
        }
        return Response.status(400)
                .entity(Templates.flag(input, consultationId, concern, errors, false))
                .build();
    }

    /** tracking's refusal in words chosen by its field codes. */
    static String wordsFor(ServiceRefusal refused) {
        if ("unknown_input".equals(refused.fields().get("inputId"))) {
            return "sg_error_unknown_input";
        }
        String concern = refused.fields().get("concern");
        if (concern != null) {
            return ProblemWords.missing(concern) ? "sg_error_concern_missing" : "sg_error_concern_long";
        }
        return "sg_error_refused";
    }

    private static UUID consultationId(String consultation) {
        try {
            return consultation == null || consultation.isBlank() ? null : UUID.fromString(consultation);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
