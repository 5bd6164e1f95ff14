package org.advisoryforum.gateway.web.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
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
import java.util.Map;
import org.advisoryforum.gateway.client.ForumClient;
import org.advisoryforum.gateway.client.ForumViews.MyApplication;
import org.advisoryforum.gateway.client.ServiceRefusal;
import org.advisoryforum.gateway.web.page.MemberVocabulary;
import org.advisoryforum.gateway.web.page.PageContext;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Someone signed in who is not a member yet applies to join the forum, and later sees what staff decided. */
@Path("/join")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class JoinResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance join(
                JoinForm form,
                Map<String, String> errors,
                MyApplication declined,
                List<String> perspectives,
                List<String> regions,
                List<String> needs);

        static native TemplateInstance applied(MyApplication application);
    }

    private final ForumClient forum;
    private final PageContext page;

    public JoinResource(@RestClient ForumClient forum, PageContext page) {
        this.forum = forum;
        this.page = page;
    }

    @GET
    public Object show() {
        if (page.getUser().member()) {
            return Response.seeOther(URI.create("/account")).build();
        }
        MyApplication latest = latest();
        if (latest != null && !"DECLINED".equals(latest.status())) {
            return Templates.applied(latest);
        }
        return form(JoinForm.empty(), Map.of(), latest);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object apply(MultivaluedMap<String, String> form) {
        JoinForm application = JoinForm.from(form);
        try {
            forum.apply(application.body());
        } catch (ServiceRefusal refused) {
            if (refused.status() == 400) {
                return Response.status(400)
                        .entity(form(application, JoinForm.errors(refused.fields()), latest()))
                        .build();
            }
            if (refused.status() != 409) {
                throw refused;
            }
            // 409: one is already pending (a second tab, a double click): the page shows it
        }
        return Response.seeOther(URI.create("/join")).build();
    }

    private MyApplication latest() {
        try {
            return forum.myApplication();
        } catch (ServiceRefusal refused) {
            return null; // none yet
        }
    }

    private TemplateInstance form(JoinForm form, Map<String, String> errors, MyApplication declined) {
        return Templates.join(
                form,
                errors,
                declined,
                MemberVocabulary.PERSPECTIVES,
                MemberVocabulary.REGIONS,
                MemberVocabulary.NEEDS);
    }
}
