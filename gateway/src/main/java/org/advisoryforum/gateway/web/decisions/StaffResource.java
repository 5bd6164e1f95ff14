package org.advisoryforum.gateway.web.decisions;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.gateway.client.ConsultationSummary;
import org.advisoryforum.gateway.client.ConsultationsClient;
import org.advisoryforum.gateway.client.ForumClient;
import org.advisoryforum.gateway.client.ForumViews;
import org.advisoryforum.gateway.web.pages.PageResource;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The staff area: every consultation, drafts included, with where each one stands; and the two list-and-decide pages
 * ({@link StaffDecisions}): applications to join (approve, or decline with a reason the applicant will read) and
 * payment and expenses claims (approve, reject with a reason, or mark an approved claim paid).
 */
@Path("/staff")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("staff")
public class StaffResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance staffHome(List<ConsultationSummary> consultations);

        static native TemplateInstance applications(List<ForumViews.Application> applications, List<String> problems);

        static native TemplateInstance claims(List<ForumViews.Claim> claims, List<String> problems);
    }

    private final ConsultationsClient consultations;
    private final ForumClient forum;
    private final StaffDecisions decisions;

    public StaffResource(
            @RestClient ConsultationsClient consultations, @RestClient ForumClient forum, StaffDecisions decisions) {
        this.consultations = consultations;
        this.forum = forum;
        this.decisions = decisions;
    }

    @GET
    public TemplateInstance home() {
        List<ConsultationSummary> all = new ArrayList<>();
        all.addAll(consultations.list("draft"));
        all.addAll(consultations.list("upcoming"));
        all.addAll(consultations.list(null));
        return Templates.staffHome(all);
    }

    @GET
    @Path("applications")
    public TemplateInstance applications() {
        return applications(List.of());
    }

    @POST
    @Path("applications/{id}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object decideApplication(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        UUID application = PageResource.parse(id);
        String decision = "DECLINE".equals(form.getFirst("decision")) ? "DECLINE" : "APPROVE";
        return decisions.decide(
                d -> forum.decideApplication(application, d),
                decision,
                form,
                "/staff/applications",
                this::applications);
    }

    @GET
    @Path("claims")
    public TemplateInstance claims() {
        return claims(List.of());
    }

    @POST
    @Path("claims/{id}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object decideClaim(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        UUID claim = PageResource.parse(id);
        return decisions.decide(
                d -> forum.decideClaim(claim, d),
                String.valueOf(form.getFirst("decision")),
                form,
                "/staff/claims",
                this::claims);
    }

    private TemplateInstance applications(List<String> problems) {
        return Templates.applications(forum.applications("PENDING"), problems);
    }

    private TemplateInstance claims(List<String> problems) {
        return Templates.claims(forum.claims(), problems);
    }
}
