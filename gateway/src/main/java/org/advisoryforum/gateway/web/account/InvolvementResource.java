package org.advisoryforum.gateway.web.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.advisoryforum.gateway.client.ConsultationsClient;
import org.advisoryforum.gateway.client.ForumClient;
import org.advisoryforum.gateway.client.ForumViews;
import org.advisoryforum.gateway.client.MemberViews;
import org.advisoryforum.gateway.client.Requests;
import org.advisoryforum.gateway.client.ServiceRefusal;
import org.advisoryforum.gateway.client.ServiceUnavailable;
import org.advisoryforum.gateway.web.pages.PageResource;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The member's involvement ledger and their payment and expenses claims, with a claim form per unclaimed activity. */
@Path("/account/involvement")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("member")
public class InvolvementResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance involvement(
                List<Entry> entries, List<ForumViews.Claim> claims, ClaimForm form, boolean claimed);
    }

    /** One ledger entry, its claims, and whether it may still be claimed for (no claim other than a rejected one). */
    /** {@code consultationTitle}: which consultation a response was to, so that two responses read differently. */
    public record Entry(
            MemberViews.Involvement activity,
            List<ForumViews.Claim> claims,
            boolean claimable,
            String consultationTitle) {}

    /**
     * What the member entered in one activity's claim form and, after the service refused it, what was wrong:
     * field (amount, type, description, or "claim" for the whole) to the message key shown.
     */
    public record ClaimForm(
            UUID activityId, String type, String amount, String description, Map<String, String> errors) {

        static final ClaimForm NONE = new ClaimForm(null, null, "", "", Map.of());

        public boolean isFor(UUID activity) {
            return activity.equals(activityId);
        }

        public boolean hasError(String field) {
            return errors.containsKey(field);
        }

        public String error(String field) {
            return errors.getOrDefault(field, "");
        }

        public boolean hasErrors() {
            return !errors.isEmpty();
        }
    }

    private static final Set<String> FIELDS = Set.of("amount", "type", "description");

    private final ForumClient forum;
    private final ConsultationsClient consultations;

    public InvolvementResource(@RestClient ForumClient forum, @RestClient ConsultationsClient consultations) {
        this.forum = forum;
        this.consultations = consultations;
    }

    @GET
    public TemplateInstance involvement(@QueryParam("claimed") boolean claimed) {
        return render(ClaimForm.NONE, claimed);
    }

    @POST
    @Path("claims")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object claim(MultivaluedMap<String, String> form) {
        UUID activityId = PageResource.parse(String.valueOf(form.getFirst("activityId")));
        String type = form.getFirst("type");
        String amount =
                form.getFirst("amount") == null ? "" : form.getFirst("amount").strip();
        String description = form.getFirst("description") == null
                ? ""
                : form.getFirst("description").strip();
        // "£25.50" and "25.50" are the same amount; anything else is for the service to judge
        Requests.Claim claim = new Requests.Claim(
                activityId,
                type,
                amount.isEmpty() ? null : amount.replaceFirst("^£\\s*", ""),
                description.isEmpty() ? null : description);
        try {
            forum.claim(claim);
        } catch (ServiceRefusal refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            Map<String, String> errors = new HashMap<>();
            refused.fields().keySet().forEach(field -> errors.put(FIELDS.contains(field) ? field : "claim", field));
            if (errors.isEmpty()) {
                errors.put("claim", "claim");
            }
            return Response.status(400)
                    .entity(render(new ClaimForm(activityId, type, amount, description, errors), false))
                    .build();
        }
        return Response.seeOther(URI.create("/account/involvement?claimed=true"))
                .build();
    }

    /** A consultation's title; empty when it cannot be read (the entry then says only what kind it was). */
    private String titleOf(UUID consultationId) {
        try {
            return consultations.consultation(consultationId).title();
        } catch (ServiceRefusal | ServiceUnavailable e) {
            return "";
        }
    }

    private TemplateInstance render(ClaimForm form, boolean claimed) {
        List<ForumViews.Claim> own = forum.myClaims();
        Map<UUID, String> titles = new HashMap<>();
        List<Entry> entries = forum.myInvolvement().stream()
                .map(activity -> {
                    List<ForumViews.Claim> forIt = own.stream()
                            .filter(c -> activity.id().equals(c.activityId()))
                            .toList();
                    String title = activity.consultationId() == null
                            ? null
                            : titles.computeIfAbsent(activity.consultationId(), this::titleOf);
                    return new Entry(
                            activity,
                            forIt,
                            forIt.stream().allMatch(c -> "REJECTED".equals(c.status())),
                            title == null || title.isEmpty() ? null : title);
                })
                .toList();
        return Templates.involvement(entries, own, form, claimed);
    }
}
