package org.advisoryforum.gateway.web.members;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.gateway.client.ForumClient;
import org.advisoryforum.gateway.client.ForumViews;
import org.advisoryforum.gateway.client.MemberViews;
import org.advisoryforum.gateway.client.ServiceRefusal;
import org.advisoryforum.gateway.web.editor.StaffConsultations;
import org.advisoryforum.gateway.web.page.MemberVocabulary;
import org.advisoryforum.gateway.web.pages.PageResource;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Staff find members (by name, perspective, region), read one member's profile with the accessibility needs to plan
 * formats, their term, position and ceased date, their involvement ledger, and record a meeting or other activity
 * for them. The admin alone carries out an erasure on a member's behalf, after a confirmation page.
 */
@Path("/staff/members")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("staff")
public class MembersResource {

    /** What staff searched for, to show in the form again. */
    public record Search(String name, String perspective, String region) {
        public boolean is(String field, String value) {
            return value != null && value.equals("perspective".equals(field) ? perspective : region);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance members(
                List<ForumViews.Member> members,
                Search search,
                List<String> perspectives,
                List<String> regions,
                boolean erased);

        static native TemplateInstance member(
                ForumViews.Member member,
                List<MemberViews.Involvement> ledger,
                ActivityForm form,
                boolean recorded,
                boolean admin);

        static native TemplateInstance erase(ForumViews.Member member);
    }

    private final ForumClient forum;
    private final SecurityIdentity identity;
    private final Clock clock = Clock.systemUTC();

    public MembersResource(@RestClient ForumClient forum, SecurityIdentity identity) {
        this.forum = forum;
        this.identity = identity;
    }

    @GET
    public TemplateInstance list(
            @QueryParam("name") String name,
            @QueryParam("perspective") String perspective,
            @QueryParam("region") String region,
            @QueryParam("erased") String erased) {
        Search search = new Search(
                name == null ? "" : name.strip(),
                perspective != null && MemberVocabulary.PERSPECTIVES.contains(perspective) ? perspective : null,
                region != null && MemberVocabulary.REGIONS.contains(region) ? region : null);
        List<ForumViews.Member> found;
        try {
            found = forum.members(blankToNull(search.name()), search.perspective(), search.region());
        } catch (ServiceRefusal refused) {
            // forum-service refuses a name longer than any member's (size): nobody matches it
            StaffConsultations.requireFormProblem(refused);
            found = List.of();
        }
        return Templates.members(
                found, search, MemberVocabulary.PERSPECTIVES, MemberVocabulary.REGIONS, erased != null);
    }

    @GET
    @Path("{id}")
    public TemplateInstance member(@PathParam("id") String id, @QueryParam("recorded") String recorded) {
        UUID memberId = PageResource.parse(id);
        return page(memberId, ActivityForm.empty(), recorded != null);
    }

    @POST
    @Path("{id}/activities")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordActivity(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        UUID memberId = PageResource.parse(id);
        ActivityForm form = ActivityForm.posted(posted, LocalDate.now(clock.withZone(ActivityForm.LONDON)));
        if (form.activity() != null) {
            try {
                forum.recordActivity(memberId, form.activity());
                return Response.seeOther(URI.create("/staff/members/" + memberId + "?recorded=true#ledger"))
                        .build();
            } catch (ServiceRefusal refused) {
                StaffConsultations.requireFormProblem(refused);
                form = form.refusedBy(refused);
            }
        }
        return Response.status(400).entity(page(memberId, form, false)).build();
    }

    @GET
    @Path("{id}/erase")
    @RolesAllowed("admin")
    public TemplateInstance confirmErasure(@PathParam("id") String id) {
        return Templates.erase(forum.member(PageResource.parse(id)));
    }

    @POST
    @Path("{id}/erase")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response erase(@PathParam("id") String id) {
        forum.erase(PageResource.parse(id));
        return Response.seeOther(URI.create("/staff/members?erased=true")).build();
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private TemplateInstance page(UUID memberId, ActivityForm form, boolean recorded) {
        ForumViews.Member member = forum.member(memberId);
        List<MemberViews.Involvement> ledger = forum.involvement(memberId).stream()
                .sorted(Comparator.comparing(
                        MemberViews.Involvement::occurredAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        return Templates.member(member, ledger, form, recorded, identity.hasRole("admin"));
    }
}
