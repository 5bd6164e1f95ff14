package org.advisoryforum.gateway.web.evidence;

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
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.advisoryforum.gateway.client.ServiceRefusal;
import org.advisoryforum.gateway.client.StaffPageViews;
import org.advisoryforum.gateway.client.StaffViews;
import org.advisoryforum.gateway.client.TrackingClient;
import org.advisoryforum.gateway.web.editor.StaffConsultations;
import org.advisoryforum.gateway.web.page.FormErrors;
import org.advisoryforum.gateway.web.pages.PageResource;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Staff set by when a consultation's outcome is due (tracking's response clock: default 12 weeks after closing) and,
 * before publishing, see each action the rule flags as "a commitment without a date".
 */
@Path("/staff/consultations/{id}/response-clock")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("staff")
public class ResponseClockResource {

    private static final Set<String> CODES = Set.of("before_closing", "outcome_published", "already_overdue");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance clock(
                StaffPageViews.Tracked consultation,
                List<StaffViews.ActionDetail> undated,
                Map<String, String> typed,
                FormErrors errors,
                boolean saved);
    }

    private final TrackingClient tracking;

    public ResponseClockResource(@RestClient TrackingClient tracking) {
        this.tracking = tracking;
    }

    @GET
    public TemplateInstance clock(@PathParam("id") String id, @QueryParam("saved") String saved) {
        UUID consultationId = PageResource.parse(id);
        StaffPageViews.Tracked consultation = tracking.consultation(consultationId);
        Map<String, String> typed = new LinkedHashMap<>(Map.of("day", "", "month", "", "year", ""));
        if (consultation.outcomeDueBy() != null) {
            typed.put("day", Integer.toString(consultation.outcomeDueBy().getDayOfMonth()));
            typed.put("month", Integer.toString(consultation.outcomeDueBy().getMonthValue()));
            typed.put("year", Integer.toString(consultation.outcomeDueBy().getYear()));
        }
        return Templates.clock(consultation, undated(consultationId), typed, new FormErrors(), saved != null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setDue(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        UUID consultationId = PageResource.parse(id);
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : List.of("day", "month", "year")) {
            String value = posted.getFirst(field);
            typed.put(field, value == null ? "" : value.strip());
        }
        FormErrors errors = new FormErrors();
        try {
            LocalDate due = LocalDate.of(
                    Integer.parseInt(typed.get("year")),
                    Integer.parseInt(typed.get("month")),
                    Integer.parseInt(typed.get("day")));
            tracking.setOutcomeDue(consultationId, new StaffPageViews.OutcomeDue(due));
            return Response.seeOther(
                            URI.create("/staff/consultations/" + consultationId + "/response-clock?saved=true"))
                    .build();
        } catch (NumberFormatException | DateTimeException e) {
            errors.add("due-day", "ev_error_date");
        } catch (ServiceRefusal refused) {
            StaffConsultations.requireFormProblem(refused);
            errors.add("due-day", wordsFor(refused));
        }
        return Response.status(400)
                .entity(Templates.clock(
                        tracking.consultation(consultationId), undated(consultationId), typed, errors, false))
                .build();
    }

    /** The refusal's code (the field's, else the problem's) as this page's words. */
    static String wordsFor(ServiceRefusal refused) {
        String code = refused.fields().getOrDefault("outcomeDueBy", refused.code());
        return code != null && CODES.contains(code) ? "ev_error_" + code : "ev_error_refused";
    }

    /** The consultation's actions that promise something without a due date. */
    private List<StaffViews.ActionDetail> undated(UUID consultationId) {
        return tracking.keyPoints(consultationId).stream()
                .flatMap(k -> k.actions().stream())
                .map(StaffViews.ActionSummary::id)
                .distinct()
                .map(tracking::action)
                .filter(StaffViews.ActionDetail::commitmentWithoutDate)
                .toList();
    }
}
