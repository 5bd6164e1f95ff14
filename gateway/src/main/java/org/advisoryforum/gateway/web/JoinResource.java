package org.advisoryforum.gateway.web;

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
import org.advisoryforum.gateway.client.ForumViews.MyApplication;
import org.advisoryforum.gateway.client.MemberApi;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** Someone signed in who is not a member yet applies to join the forum, and later sees what staff decided. */
@Path("/join")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class JoinResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance join(JoinForm form, Map<String, String> errors, MyApplication declined,
                                            List<String> perspectives, List<String> regions, List<String> needs);

        static native TemplateInstance applied(MyApplication application);
    }

    private final MemberApi api;
    private final PageContext page;
    private final Csrf csrf;

    public JoinResource(MemberApi api, PageContext page, Csrf csrf) {
        this.api = api;
        this.page = page;
        this.csrf = csrf;
    }

    @GET
    public Object show() {
        if (page.getUser().member()) {
            return Response.seeOther(URI.create("/account")).build();
        }
        MyApplication latest = latest();
        if (latest != null && !"DECLINED".equals(latest.status())) {
            return Templates.applied(latest).setLocale(page.getLocale());
        }
        return form(JoinForm.empty(), Map.of(), latest);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object apply(MultivaluedMap<String, String> form) {
        csrf.verify(form.getFirst("csrf"));
        JoinForm application = JoinForm.from(form);
        MemberApi.Reply reply = api.call("POST", "/api/forum/applications", application.body());
        if (reply.status() == 400) {
            return Response.status(400).entity(form(application, JoinForm.errors(reply.fieldErrors()), latest())).build();
        }
        if (!reply.ok() && reply.status() != 409) {
            throw new IllegalStateException("application refused: " + reply.status());
        }
        // 409: one is already pending (a second tab, a double click): the page shows it
        return Response.seeOther(URI.create("/join")).build();
    }

    private MyApplication latest() {
        MemberApi.Reply mine = api.call("GET", "/api/forum/applications/me", null);
        return mine.ok() ? api.read(mine.body(), MyApplication.class) : null;
    }

    private TemplateInstance form(JoinForm form, Map<String, String> errors, MyApplication declined) {
        return Templates.join(form, errors, declined, AccountResource.PERSPECTIVES, AccountResource.REGIONS,
                AccountResource.NEEDS).setLocale(page.getLocale());
    }
}
