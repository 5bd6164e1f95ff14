package org.advisoryforum.gateway.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.advisoryforum.gateway.client.ForumViews;
import org.advisoryforum.gateway.client.MemberApi;
import org.advisoryforum.gateway.client.MemberImpact;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A member's account: how they may be quoted and counted, their notifications, and their impact. */
@Path("/account")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("member")
public class AccountResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(ForumViews.ConsentHistory consent,
                                               List<ForumViews.Notification> notifications, boolean saved);

        static native TemplateInstance myImpact(MemberImpact impact);

        static native TemplateInstance profile(ForumViews.Profile profile, List<String> perspectives,
                                               List<String> regions, List<String> needs, List<String> problems,
                                               QuietPeriodField quiet);

        static native TemplateInstance leave();

        static native TemplateInstance left(boolean erased);
    }

    private final MemberApi api;
    private final PageContext page;
    private final Csrf csrf;

    public AccountResource(MemberApi api, PageContext page, Csrf csrf) {
        this.api = api;
        this.page = page;
        this.csrf = csrf;
    }

    @GET
    public TemplateInstance account(@jakarta.ws.rs.QueryParam("saved") boolean saved) {
        MemberApi.Reply consent = api.call("GET", "/api/forum/members/me/consents", null);
        MemberApi.Reply notifications = api.call("GET", "/api/forum/members/me/notifications", null);
        if (!consent.ok()) {
            throw new ForbiddenException("no forum membership: " + consent.status());
        }
        return Templates.account(api.read(consent.body(), ForumViews.ConsentHistory.class),
                notifications.ok() ? Arrays.asList(api.read(notifications.body(), ForumViews.Notification[].class)) : List.of(),
                saved).setLocale(page.getLocale());
    }

    static final List<String> PERSPECTIVES = List.of("LIVED_EXPERIENCE", "CARER", "SOCIAL_WORKER", "STUDENT", "EDUCATOR", "OTHER");
    static final List<String> REGIONS = List.of("NORTH_EAST", "NORTH_WEST", "YORKSHIRE_AND_THE_HUMBER", "EAST_MIDLANDS",
            "WEST_MIDLANDS", "EAST_OF_ENGLAND", "LONDON", "SOUTH_EAST", "SOUTH_WEST", "OUTSIDE_ENGLAND");
    static final List<String> NEEDS = List.of("EASY_READ", "LARGE_PRINT", "BSL", "SCREEN_READER", "OTHER");

    @GET
    @Path("profile")
    public TemplateInstance profile() {
        ForumViews.Profile current = currentProfile();
        return profilePage(current, List.of(), QuietPeriodField.of(current.contact() == null ? null : current.contact().quietUntil()));
    }

    @POST
    @Path("profile")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object saveProfile(MultivaluedMap<String, String> form) {
        csrf.verify(form.getFirst("csrf"));
        ForumViews.Profile current = currentProfile();
        QuietPeriodField quiet = QuietPeriodField.from(form, QuietPeriodField.today());
        if (quiet.hasError()) {
            return Response.status(400).entity(profilePage(current, List.of(), quiet)).build();
        }
        Map<String, Object> contact = new java.util.HashMap<>();
        contact.put("digest", "DAILY".equals(form.getFirst("digest")) ? "DAILY" : "WEEKLY");
        String max = form.getFirst("maxInvitationsPerMonth");
        contact.put("maxInvitationsPerMonth", max == null || max.isBlank() ? null : max.strip());
        contact.put("quietUntil", quiet.isSet() ? quiet.date().toString() : null);
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("displayName", form.getFirst("displayName"));
        body.put("perspectives", form.get("perspectives") == null ? List.of() : form.get("perspectives"));
        body.put("region", form.getFirst("region"));
        body.put("accessibilityNeeds", form.get("accessibilityNeeds") == null ? List.of() : form.get("accessibilityNeeds"));
        body.put("accessibilityOther", current.accessibilityOther());
        body.put("contact", contact);
        MemberApi.Reply reply = api.call("PUT", "/api/forum/members/me", body);
        if (reply.status() == 400) {
            List<String> problems = new java.util.ArrayList<>();
            reply.body().path("errors").forEach(e -> problems.add(e.path("field").asText() + ": " + e.path("message").asText()));
            if (problems.isEmpty()) {
                problems.add(reply.body().path("detail").asText());
            }
            return Response.status(400).entity(profilePage(current, problems, quiet)).build();
        }
        if (!reply.ok()) {
            throw new ForbiddenException("profile refused: " + reply.status());
        }
        return Response.seeOther(URI.create("/account?saved=true")).build();
    }

    @GET
    @Path("leave")
    public TemplateInstance leavePage() {
        return Templates.leave().setLocale(page.getLocale());
    }

    /** Leaving keeps the member's history; erasing removes their personal data everywhere. */
    @POST
    @Path("leave")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance leave(MultivaluedMap<String, String> form) {
        csrf.verify(form.getFirst("csrf"));
        boolean erase = "erase".equals(form.getFirst("choice"));
        MemberApi.Reply reply = erase ? api.call("DELETE", "/api/forum/members/me", null)
                : api.call("POST", "/api/forum/members/me/leave", null);
        if (!reply.ok()) {
            throw new ForbiddenException("leaving refused: " + reply.status());
        }
        return Templates.left(erase).setLocale(page.getLocale());
    }

    private TemplateInstance profilePage(ForumViews.Profile profile, List<String> problems, QuietPeriodField quiet) {
        return Templates.profile(profile, PERSPECTIVES, REGIONS, NEEDS, problems, quiet).setLocale(page.getLocale());
    }

    private ForumViews.Profile currentProfile() {
        MemberApi.Reply reply = api.call("GET", "/api/forum/members/me", null);
        if (!reply.ok()) {
            throw new ForbiddenException("no forum membership: " + reply.status());
        }
        return api.read(reply.body(), ForumViews.Profile.class);
    }

    /** Each of my answers and what became of it. */
    @GET
    @Path("impact")
    public TemplateInstance myImpact() {
        MemberApi.Reply reply = api.call("GET", "/api/tracking/members/me/impact", null);
        if (!reply.ok()) {
            throw new IllegalStateException("member impact unavailable: " + reply.status());
        }
        return Templates.myImpact(api.read(reply.body(), MemberImpact.class)).setLocale(page.getLocale());
    }

    @POST
    @Path("consent")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response consent(MultivaluedMap<String, String> form) {
        csrf.verify(form.getFirst("csrf"));
        String quote = form.getFirst("quote");
        MemberApi.Reply reply = api.call("PUT", "/api/forum/members/me/consents", Map.of(
                "quote", quote == null ? "NONE" : quote,
                "contactByEmail", "yes".equals(form.getFirst("contactByEmail")),
                "useInStatistics", "yes".equals(form.getFirst("useInStatistics"))));
        if (!reply.ok()) {
            throw new ForbiddenException("consent refused: " + reply.status());
        }
        return Response.seeOther(URI.create("/account?saved=true")).build();
    }
}
