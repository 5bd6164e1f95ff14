package org.advisoryforum.gateway.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.advisoryforum.gateway.client.ConsultationSummary;
import org.advisoryforum.gateway.client.MemberApi;
import org.advisoryforum.gateway.client.MemberViews;

import java.util.Arrays;

/** "My consultations": what is open to the member, whether they were invited, and how far they got. */
@Path("/account/consultations")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("member")
public class MyConsultationsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance myConsultations(MyConsultations mine);
    }

    private final MemberApi api;
    private final PageContext page;

    public MyConsultationsResource(MemberApi api, PageContext page) {
        this.api = api;
        this.page = page;
    }

    @GET
    public TemplateInstance myConsultations() {
        ConsultationSummary[] open = required(api.call("GET", "/api/consultations?status=open", null), ConsultationSummary[].class);
        MemberViews.MyResponse[] responses = required(api.call("GET", "/api/consultations/responses/mine", null),
                MemberViews.MyResponse[].class);
        // no invitation state (e.g. no forum profile yet) still leaves every open consultation to answer
        MemberApi.Reply invitations = api.call("GET", "/api/forum/members/me/invitations", null);
        MemberViews.Invitation[] invited = invitations.ok() ? api.read(invitations.body(), MemberViews.Invitation[].class)
                : new MemberViews.Invitation[0];
        return Templates.myConsultations(MyConsultations.of(Arrays.asList(open), Arrays.asList(invited),
                Arrays.asList(responses))).setLocale(page.getLocale());
    }

    private <T> T required(MemberApi.Reply reply, Class<T> type) {
        if (!reply.ok()) {
            throw new IllegalStateException("my consultations unavailable: " + reply.status());
        }
        return api.read(reply.body(), type);
    }
}
