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
import java.util.Locale;
import java.util.UUID;
import org.advisoryforum.gateway.client.ServiceRefusal;
import org.advisoryforum.gateway.client.StaffForumClient;
import org.advisoryforum.gateway.client.StaffPageViews;
import org.advisoryforum.gateway.web.editor.StaffConsultations;
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

    static final List<String> PERSPECTIVES =
            List.of("LIVED_EXPERIENCE", "CARER", "SOCIAL_WORKER", "STUDENT", "EDUCATOR", "OTHER");
    static final List<String> REGIONS = List.of(
            "NORTH_EAST",
            "NORTH_WEST",
            "YORKSHIRE_AND_THE_HUMBER",
            "EAST_MIDLANDS",
            "WEST_MIDLANDS",
            "EAST_OF_ENGLAND",
            "LONDON",
            "SOUTH_EAST",
            "SOUTH_WEST",
            "OUTSIDE_ENGLAND");

    /** What staff searched for, to show in the form again. */
    public record Search(String name, String perspective, String region) {
        public boolean is(String field, String value) {
            return value != null && value.equals("perspective".equals(field) ? perspective : region);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance members(
                List<StaffPageViews.Member> members,
                Search search,
                List<String> perspectives,
                List<String> regions,
                boolean erased);

        static native TemplateInstance member(
                StaffPageViews.Member member,
                List<StaffPageViews.Involvement> ledger,
                ActivityForm form,
                boolean recorded,
                boolean admin);

        static native TemplateInstance erase(StaffPageViews.Member member);
    }

    private final StaffForumClient forum;
    private final SecurityIdentity identity;
    private final Clock clock = Clock.systemUTC();

    public MembersResource(@RestClient StaffForumClient forum, SecurityIdentity identity) {
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
                perspective != null && PERSPECTIVES.contains(perspective) ? perspective : null,
                region != null && REGIONS.contains(region) ? region : null);
        return Templates.members(matching(forum.members(), search), search, PERSPECTIVES, REGIONS, erased != null);
    }

    /** The members whose name contains the words typed (any case) and who hold the perspective and region chosen. */
    static List<StaffPageViews.Member> matching(List<StaffPageViews.Member> members, Search search) {
        String words = search.name().toLowerCase(Locale.ROOT);
        return members.stream()
                .filter(m -> words.isEmpty()
                        || (m.displayName() != null
                                && m.displayName().toLowerCase(Locale.ROOT).contains(words)))
                .filter(m -> search.perspective() == null
                        || (m.perspectives() != null && m.perspectives().contains(search.perspective())))
                .filter(m -> search.region() == null || search.region().equals(m.region()))
                .sorted(Comparator.comparing((StaffPageViews.Member m) -> !m.active())
                        .thenComparing(m ->
                                m.displayName() == null ? "" : m.displayName().toLowerCase(Locale.ROOT)))
                .toList();
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

    private TemplateInstance page(UUID memberId, ActivityForm form, boolean recorded) {
        StaffPageViews.Member member = forum.member(memberId);
        List<StaffPageViews.Involvement> ledger = forum.involvement(memberId).stream()
                .sorted(Comparator.comparing(
                        StaffPageViews.Involvement::occurredAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        return Templates.member(member, ledger, form, recorded, identity.hasRole("admin"));
    }
}
