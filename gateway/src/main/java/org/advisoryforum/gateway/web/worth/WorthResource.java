package org.advisoryforum.gateway.web.worth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.advisoryforum.gateway.client.ForumClient;
import org.advisoryforum.gateway.client.MemberViews;
import org.advisoryforum.gateway.client.ServiceRefusal;
import org.advisoryforum.gateway.client.WorthViews;
import org.advisoryforum.gateway.web.pages.PageResource;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * "Was it worth it?" for a member: three questions about one entry of their own ledger (GOV.UK radios, every missing
 * answer in the error summary, no JavaScript), and their choice to be invited as usual after saying twice it was not.
 */
@Path("/account/worth")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("member")
public class WorthResource {

    static final List<String> TIME_BANDS = List.of("UNDER_30_MINUTES", "UP_TO_1_HOUR", "UP_TO_2_HOURS", "OVER_2_HOURS");
    static final List<String> ANSWERS = List.of("YES", "PARTLY", "NO");
    private static final java.time.ZoneId LONDON = java.time.ZoneId.of("Europe/London");
    private static final Set<String> FIELDS = Set.of("timeTaken", "worthIt", "feltHeard");

    /** What the member chose, and which questions were left unanswered or refused (field to WorthMsg key). */
    public record Form(String timeTaken, String worthIt, String feltHeard, Map<String, String> errors) {

        public boolean hasErrors() {
            return !errors.isEmpty();
        }

        public boolean hasError(String field) {
            return errors.containsKey(field);
        }

        public String error(String field) {
            return errors.getOrDefault(field, "");
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(
                MemberViews.Involvement entry, Form form, List<String> bands, List<String> answers, boolean sent);

        static native TemplateInstance invitations(boolean keep, boolean error, String saved);
    }

    private final ForumClient forum;

    public WorthResource(@RestClient ForumClient forum) {
        this.forum = forum;
    }

    @GET
    @Path("invitations")
    public TemplateInstance invitations(@QueryParam("saved") String saved) {
        return Templates.invitations(
                keepInviting(forum.myProfileAsItIs()),
                false,
                "keep".equals(saved) || "less".equals(saved) ? saved : null);
    }

    @POST
    @Path("invitations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object chooseInvitations(MultivaluedMap<String, String> form) {
        String keep = form.getFirst("keep");
        if (!"yes".equals(keep) && !"no".equals(keep)) {
            return Response.status(400)
                    .entity(Templates.invitations(keepInviting(forum.myProfileAsItIs()), true, null))
                    .build();
        }
        forum.replaceMyProfile(edit(forum.myProfileAsItIs(), "yes".equals(keep)));
        return Response.seeOther(
                        URI.create("/account/worth/invitations?saved=" + ("yes".equals(keep) ? "keep" : "less")))
                .build();
    }

    @GET
    @Path("{id}")
    public TemplateInstance form(@PathParam("id") String id, @QueryParam("sent") boolean sent) {
        MemberViews.Involvement entry = entry(PageResource.parse(id));
        WorthViews.Answer given = entry.feedback();
        Form form = given == null
                ? new Form(null, null, null, Map.of())
                : new Form(given.timeTaken(), given.worthIt(), given.feltHeard(), Map.of());
        return Templates.form(entry, form, TIME_BANDS, ANSWERS, sent);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object answer(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        UUID entryId = PageResource.parse(id);
        String time = chosen(posted.getFirst("timeTaken"), TIME_BANDS);
        String worthIt = chosen(posted.getFirst("worthIt"), ANSWERS);
        String heard = chosen(posted.getFirst("feltHeard"), ANSWERS);
        Map<String, String> errors = new LinkedHashMap<>();
        if (time == null) {
            errors.put("timeTaken", "wt_error_timeTaken");
        }
        if (worthIt == null) {
            errors.put("worthIt", "wt_error_worthIt");
        }
        if (heard == null) {
            errors.put("feltHeard", "wt_error_feltHeard");
        }
        if (errors.isEmpty()) {
            try {
                forum.answerWorth(entryId, new WorthViews.Feedback(time, worthIt, heard));
                return Response.seeOther(URI.create("/account/worth/" + entryId + "?sent=true"))
                        .build();
            } catch (ServiceRefusal refused) {
                if (refused.status() != 400) {
                    throw refused;
                }
                refused.fields().keySet().stream()
                        .filter(FIELDS::contains)
                        .forEach(field -> errors.put(field, "wt_error_" + field));
                if (errors.isEmpty()) {
                    throw refused;
                }
            }
        }
        return Response.status(400)
                .entity(Templates.form(
                        entry(entryId), new Form(time, worthIt, heard, errors), TIME_BANDS, ANSWERS, false))
                .build();
    }

    /** The entry of the member's own ledger, or the not-found page. */
    private MemberViews.Involvement entry(UUID id) {
        return forum.myInvolvement().stream()
                .filter(e -> id.equals(e.id()))
                .findFirst()
                .orElseThrow(() -> new ServiceRefusal(404, "not_in_your_ledger", List.of()));
    }

    private static String chosen(String value, List<String> allowed) {
        return value != null && allowed.contains(value) ? value : null;
    }

    static boolean keepInviting(JsonNode profile) {
        return profile.path("contact").path("keepInvitingAsUsual").asBoolean(false);
    }

    /** The profile as forum-service takes it back, with only the invitation choice changed. */
    static ObjectNode edit(JsonNode profile, boolean keep) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        for (String field :
                List.of("displayName", "perspectives", "region", "accessibilityNeeds", "accessibilityOther")) {
            if (profile.has(field)) {
                body.set(field, profile.get(field));
            }
        }
        ObjectNode contact = body.putObject("contact");
        for (String field : List.of("digest", "maxInvitationsPerMonth", "quietUntil")) {
            if (profile.path("contact").has(field)) {
                contact.set(field, profile.path("contact").get(field));
            }
        }
        // a quiet period already over is no choice to send again (the service takes no day in the past)
        String quiet = contact.path("quietUntil").asText("");
        if (!quiet.isEmpty() && java.time.LocalDate.parse(quiet).isBefore(java.time.LocalDate.now(LONDON))) {
            contact.putNull("quietUntil");
        }
        contact.put("keepInvitingAsUsual", keep);
        return body;
    }
}
