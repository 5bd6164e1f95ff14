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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The staff area: every consultation, drafts included, with where each one stands. */
@Path("/staff")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("staff")
public class StaffResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance staffHome(List<ConsultationSummary> consultations);
    }

    private final MemberApi api;
    private final PageContext page;

    public StaffResource(MemberApi api, PageContext page) {
        this.api = api;
        this.page = page;
    }

    @GET
    public TemplateInstance home() {
        List<ConsultationSummary> all = new ArrayList<>();
        for (String query : new String[] {"?status=draft", "?status=upcoming", ""}) {
            MemberApi.Reply reply = api.call("GET", "/api/consultations" + query, null);
            if (reply.ok()) {
                all.addAll(Arrays.asList(api.read(reply.body(), ConsultationSummary[].class)));
            }
        }
        return Templates.staffHome(all).setLocale(page.getLocale());
    }
}
