package org.advisoryforum.gateway.web.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.advisoryforum.gateway.client.ConsultationDetail;
import org.advisoryforum.gateway.client.ConsultationsClient;
import org.advisoryforum.gateway.client.ForumClient;
import org.advisoryforum.gateway.client.ForumViews;
import org.advisoryforum.gateway.client.MemberImpact;
import org.advisoryforum.gateway.client.Requests;
import org.advisoryforum.gateway.client.ServiceRefusal;
import org.advisoryforum.gateway.client.TrackingClient;
import org.advisoryforum.gateway.web.page.MemberVocabulary;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** A member's account: how they may be quoted and counted, their notifications, and their impact. */
@Path("/account")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("member")
public class AccountResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(
                ForumViews.ConsentHistory consent, List<ForumViews.Notification> notifications, boolean saved);

        static native TemplateInstance myImpact(MemberImpact impact, List<MyImpact.Entry> entries);

        static native TemplateInstance profile(
                ProfileForm form, List<String> perspectives, List<String> regions, List<String> needs);

        static native TemplateInstance leave();

        static native TemplateInstance left(boolean erased);
    }

    private final ForumClient forum;
    private final TrackingClient tracking;
    private final ConsultationsClient consultations;

    public AccountResource(
            @RestClient ForumClient forum,
            @RestClient TrackingClient tracking,
            @RestClient ConsultationsClient consultations) {
        this.forum = forum;
        this.tracking = tracking;
        this.consultations = consultations;
    }

    @GET
    public TemplateInstance account(@jakarta.ws.rs.QueryParam("saved") boolean saved) {
        ForumViews.ConsentHistory consent = forum.myConsents();
        List<ForumViews.Notification> notifications;
        try {
            notifications = forum.myNotifications();
        } catch (ServiceRefusal e) {
            notifications = List.of();
        }
        return Templates.account(consent, notifications, saved);
    }

    @GET
    @Path("profile")
    public TemplateInstance profile() {
        return profilePage(ProfileForm.of(currentProfile()));
    }

    /** Every problem is told on the first submit, with what the member typed kept; see {@link ProfileForm}. */
    @POST
    @Path("profile")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object saveProfile(MultivaluedMap<String, String> form) {
        ProfileForm posted = ProfileForm.posted(currentProfile(), form, QuietPeriodField.today());
        if (posted.hasErrors()) {
            return Response.status(400).entity(profilePage(posted)).build();
        }
        try {
            forum.updateMyProfile(posted.request());
        } catch (ServiceRefusal refused) {
            if (!refused.isFormProblem()) {
                throw refused;
            }
            return Response.status(400)
                    .entity(profilePage(posted.refusedBy(refused)))
                    .build();
        }
        return Response.seeOther(URI.create("/account?saved=true")).build();
    }

    @GET
    @Path("leave")
    public TemplateInstance leavePage() {
        return Templates.leave();
    }

    /** Leaving keeps the member's history; erasing removes their personal data everywhere. */
    @POST
    @Path("leave")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance leave(MultivaluedMap<String, String> form) {
        boolean erase = "erase".equals(form.getFirst("choice"));
        if (erase) {
            forum.eraseMe();
        } else {
            forum.leave();
        }
        return Templates.left(erase);
    }

    private TemplateInstance profilePage(ProfileForm form) {
        return Templates.profile(form, MemberVocabulary.PERSPECTIVES, MemberVocabulary.REGIONS, MemberVocabulary.NEEDS);
    }

    /** A consultation the member answered, to name its questions; empty if it can no longer be read. */
    private java.util.Optional<ConsultationDetail> consultation(java.util.UUID id) {
        try {
            return java.util.Optional.of(consultations.consultation(id));
        } catch (ServiceRefusal refused) {
            return java.util.Optional.empty();
        }
    }

    private ForumViews.Member currentProfile() {
        return forum.myProfile();
    }

    /** Each of my answers and what became of it. */
    @GET
    @Path("impact")
    public TemplateInstance myImpact() {
        MemberImpact impact = tracking.myImpact();
        return Templates.myImpact(impact, MyImpact.of(impact, this::consultation));
    }

    @POST
    @Path("consent")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response consent(MultivaluedMap<String, String> form) {
        String quote = form.getFirst("quote");
        forum.changeConsent(new Requests.Consent(
                quote == null ? "NONE" : quote,
                "yes".equals(form.getFirst("contactByEmail")),
                "yes".equals(form.getFirst("useInStatistics")),
                "ACCOUNT_PAGE"));
        return Response.seeOther(URI.create("/account?saved=true")).build();
    }
}
