package org.advisoryforum.gateway.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.advisoryforum.gateway.client.MemberApi;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the staff list-and-decide pages (applications, claims) share: a decision with an optional reason is posted
 * to the owning service; success goes back to the list, a refusal shows the list again with the service's reason.
 */
@ApplicationScoped
public class StaffDecisions {

    private final MemberApi api;
    private final Csrf csrf;
    private final PageContext page;
    private final Msg english;
    private final Msg welsh;

    public StaffDecisions(MemberApi api, Csrf csrf, PageContext page, Msg english, @Localized("cy") Msg welsh) {
        this.api = api;
        this.csrf = csrf;
        this.page = page;
        this.english = english;
        this.welsh = welsh;
    }

    public Object decide(String decisionPath, String decision, MultivaluedMap<String, String> form, String listPage,
                         Function<List<String>, TemplateInstance> listWithProblems) {
        csrf.verify(form.getFirst("csrf"));
        Map<String, String> body = new LinkedHashMap<>();
        body.put("decision", decision);
        String reason = form.getFirst("reason");
        if (reason != null && !reason.isBlank()) {
            body.put("reason", reason);
        }
        MemberApi.Reply reply = api.call("POST", decisionPath, body);
        if (!reply.ok()) {
            String fallback = (page.isWelsh() ? welsh : english).decision_not_recorded();
            return Response.status(400).entity(listWithProblems.apply(List.of(reply.body().path("detail").asText(fallback))))
                    .build();
        }
        return Response.seeOther(URI.create(listPage)).build();
    }
}
