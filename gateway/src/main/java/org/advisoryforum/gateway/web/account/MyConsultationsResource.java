package org.advisoryforum.gateway.web.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.advisoryforum.gateway.client.ConsultationSummary;
import org.advisoryforum.gateway.client.ConsultationsClient;
import org.advisoryforum.gateway.client.ForumClient;
import org.advisoryforum.gateway.client.MemberViews;
import org.advisoryforum.gateway.client.ServiceRefusal;
import org.advisoryforum.gateway.web.page.Parallel;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** "My consultations": what is open to the member, whether they were invited, and how far they got. */
@Path("/account/consultations")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("member")
public class MyConsultationsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance myConsultations(MyConsultations mine);
    }

    private final ConsultationsClient consultations;
    private final ForumClient forum;
    private final Parallel parallel;

    public MyConsultationsResource(
            @RestClient ConsultationsClient consultations, @RestClient ForumClient forum, Parallel parallel) {
        this.consultations = consultations;
        this.forum = forum;
        this.parallel = parallel;
    }

    @GET
    public TemplateInstance myConsultations() {
        Parallel.Call<List<MemberViews.MyResponse>> responses = parallel.start(consultations::myResponses);
        Parallel.Call<List<MemberViews.Invitation>> invitations = parallel.start(this::invitations);
        List<ConsultationSummary> open = consultations.list("open");
        return Templates.myConsultations(MyConsultations.of(open, invitations.get(), responses.get()));
    }

    /** No invitation state (e.g. no forum profile yet) still leaves every open consultation to answer. */
    private List<MemberViews.Invitation> invitations() {
        try {
            return forum.myInvitations();
        } catch (ServiceRefusal e) {
            return List.of();
        }
    }
}
