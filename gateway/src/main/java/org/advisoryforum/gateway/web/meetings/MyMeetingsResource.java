package org.advisoryforum.gateway.web.meetings;

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
import java.util.List;
import java.util.UUID;
import org.advisoryforum.gateway.client.ForumClient;
import org.advisoryforum.gateway.client.MeetingViews;
import org.advisoryforum.gateway.client.ServiceRefusal;
import org.advisoryforum.gateway.web.pages.PageResource;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** A member's meeting invitations: register with what they need to take part, or decline. */
@Path("/account/meetings")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("member")
public class MyMeetingsResource {

    /** What the member chose and, after a refusal, which message says why (a MeetingsMsg key), else null. */
    public record ReplyForm(String reply, String accessNeeds, String error) {
        static final ReplyForm NONE = new ReplyForm(null, null, null);

        public boolean hasError() {
            return error != null;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mine(List<MeetingViews.Mine> meetings);

        static native TemplateInstance invitation(MeetingViews.Mine mine, ReplyForm form, boolean sent);
    }

    private final ForumClient meetings;

    public MyMeetingsResource(@RestClient ForumClient meetings) {
        this.meetings = meetings;
    }

    @GET
    public TemplateInstance mine() {
        return Templates.mine(meetings.myMeetings());
    }

    @GET
    @Path("{id}")
    public TemplateInstance invitation(@PathParam("id") String id, @QueryParam("sent") boolean sent) {
        MeetingViews.Mine mine = meetings.myMeeting(PageResource.parse(id));
        return Templates.invitation(mine, new ReplyForm(mine.reply(), mine.accessNeeds(), null), sent);
    }

    @POST
    @Path("{id}/reply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object reply(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        UUID meetingId = PageResource.parse(id);
        String reply = form.getFirst("reply");
        String needs = form.getFirst("accessNeeds") == null
                ? ""
                : form.getFirst("accessNeeds").strip();
        String chosen = "REGISTERED".equals(reply) || "DECLINED".equals(reply) ? reply : null;
        String error = null;
        if (chosen == null) {
            error = "mt_error_reply";
        } else {
            try {
                meetings.reply(
                        meetingId,
                        new MeetingViews.Reply(chosen, "REGISTERED".equals(chosen) && !needs.isEmpty() ? needs : null));
                return Response.seeOther(URI.create("/account/meetings/" + meetingId + "?sent=true"))
                        .build();
            } catch (ServiceRefusal refused) {
                error = switch (refused.code() == null ? "" : refused.code()) {
                    case "meeting_full" -> "mt_error_full";
                    case "meeting_started" -> "mt_error_started";
                    default -> {
                        if (refused.status() != 400) {
                            throw refused;
                        }
                        yield refused.fields().containsKey("reply") ? "mt_error_reply" : "mt_error_access_needs";
                    }
                };
            }
        }
        MeetingViews.Mine mine = meetings.myMeeting(meetingId);
        return Response.status(error.equals("mt_error_reply") || error.equals("mt_error_access_needs") ? 400 : 409)
                .entity(Templates.invitation(mine, new ReplyForm(chosen, needs, error), false))
                .build();
    }
}
