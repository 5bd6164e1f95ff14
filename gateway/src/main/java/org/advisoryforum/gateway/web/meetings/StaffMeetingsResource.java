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
import org.advisoryforum.gateway.client.ConsultationSummary;
import org.advisoryforum.gateway.client.ConsultationsClient;
import org.advisoryforum.gateway.client.ForumClient;
import org.advisoryforum.gateway.client.MeetingViews;
import org.advisoryforum.gateway.client.ServiceRefusal;
import org.advisoryforum.gateway.web.editor.StaffConsultations;
import org.advisoryforum.gateway.web.pages.PageResource;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Staff schedule forum meetings, invite every serving member (within their contact limits), record who attended and
 * publish the minutes whose action points tracking follows.
 */
@Path("/staff/meetings")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("staff")
public class StaffMeetingsResource {

    /** What the last action on the meeting page did, to say so at the top. */
    public record Done(String kind, MeetingViews.InviteResult invited, MeetingViews.AttendanceResult attendance) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance meetings(
                List<MeetingViews.Meeting> meetings, MeetingForm form, List<ConsultationSummary> consultations);

        static native TemplateInstance meeting(MeetingViews.Detail detail, MeetingForm minutes, Done done);
    }

    private final ForumClient meetings;
    private final ConsultationsClient consultations;

    public StaffMeetingsResource(@RestClient ForumClient meetings, @RestClient ConsultationsClient consultations) {
        this.meetings = meetings;
        this.consultations = consultations;
    }

    @GET
    public TemplateInstance list() {
        return Templates.meetings(meetings.meetings(), MeetingForm.empty(), consultations.list(null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response schedule(MultivaluedMap<String, String> posted) {
        MeetingForm form = MeetingForm.of(posted);
        MeetingViews.Schedule request = form.schedule();
        if (request != null) {
            try {
                MeetingViews.Meeting meeting = meetings.schedule(request);
                return Response.seeOther(URI.create("/staff/meetings/" + meeting.id() + "?done=scheduled"))
                        .build();
            } catch (ServiceRefusal refused) {
                StaffConsultations.requireFormProblem(refused);
                form.refused(refused);
            }
        }
        return Response.status(400)
                .entity(Templates.meetings(meetings.meetings(), form, consultations.list(null)))
                .build();
    }

    @GET
    @Path("{id}")
    public TemplateInstance meeting(@PathParam("id") String id, @QueryParam("done") String done) {
        return Templates.meeting(
                meetings.meeting(PageResource.parse(id)),
                MeetingForm.empty(),
                "scheduled".equals(done) || "minutes".equals(done) ? new Done(done, null, null) : null);
    }

    @POST
    @Path("{id}/invite")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance invite(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        UUID meetingId = PageResource.parse(id);
        MeetingViews.InviteResult result = meetings.invite(meetingId, new MeetingViews.Invite(List.of()));
        return Templates.meeting(meetings.meeting(meetingId), MeetingForm.empty(), new Done("invited", result, null));
    }

    @POST
    @Path("{id}/attendance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object attendance(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        UUID meetingId = PageResource.parse(id);
        List<String> ticked = posted.get("attended") == null ? List.of() : posted.get("attended");
        List<UUID> attended =
                ticked.stream().map(PageResource::parse).distinct().toList();
        if (attended.isEmpty()) {
            return Response.seeOther(URI.create("/staff/meetings/" + meetingId)).build();
        }
        MeetingViews.AttendanceResult result = meetings.recordAttendance(meetingId, new MeetingViews.Attend(attended));
        return Templates.meeting(
                meetings.meeting(meetingId), MeetingForm.empty(), new Done("attendance", null, result));
    }

    @POST
    @Path("{id}/minutes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response minutes(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        UUID meetingId = PageResource.parse(id);
        MeetingForm form = MeetingForm.of(posted);
        MeetingViews.Minutes request = form.minutes();
        if (request != null) {
            try {
                meetings.publishMinutes(meetingId, request);
                return Response.seeOther(URI.create("/staff/meetings/" + meetingId + "?done=minutes"))
                        .build();
            } catch (ServiceRefusal refused) {
                StaffConsultations.requireFormProblem(refused);
                form.refused(refused);
            }
        }
        return Response.status(400)
                .entity(Templates.meeting(meetings.meeting(meetingId), form, null))
                .build();
    }
}
