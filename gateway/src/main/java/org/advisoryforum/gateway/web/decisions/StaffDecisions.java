package org.advisoryforum.gateway.web.decisions;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.advisoryforum.gateway.client.Requests;
import org.advisoryforum.gateway.client.ServiceRefusal;
import org.advisoryforum.gateway.web.editor.StaffConsultations;
import org.advisoryforum.gateway.web.page.ProblemWords;

/**
 * What the staff list-and-decide pages (applications, claims) share: a decision with an optional reason is posted
 * to the owning service; success goes back to the list, a refusal shows the list again with the service's reason.
 */
@ApplicationScoped
public class StaffDecisions {

    private final ProblemWords words;

    public StaffDecisions(ProblemWords words) {
        this.words = words;
    }

    public Object decide(
            Consumer<Requests.Decision> send,
            String decision,
            MultivaluedMap<String, String> form,
            String listPage,
            Function<List<String>, TemplateInstance> listWithProblems) {
        String reason = form.getFirst("reason");
        try {
            send.accept(new Requests.Decision(decision, reason == null || reason.isBlank() ? null : reason));
        } catch (ServiceRefusal refused) {
            StaffConsultations.requireFormProblem(refused);
            return Response.status(400)
                    .entity(listWithProblems.apply(words.of(refused)))
                    .build();
        }
        return Response.seeOther(URI.create(listPage)).build();
    }
}
