package org.advisoryforum.gateway.web.decisions;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.advisoryforum.gateway.client.ConsultationSummary;
import org.advisoryforum.gateway.client.ConsultationsClient;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The staff area: every consultation, drafts included, with where each one stands. */
@Path("/staff")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("staff")
public class StaffResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance staffHome(List<ConsultationSummary> consultations);
    }

    private final ConsultationsClient consultations;

    public StaffResource(@RestClient ConsultationsClient consultations) {
        this.consultations = consultations;
    }

    @GET
    public TemplateInstance home() {
        List<ConsultationSummary> all = new ArrayList<>();
        all.addAll(consultations.list("draft"));
        all.addAll(consultations.list("upcoming"));
        all.addAll(consultations.list(null));
        return Templates.staffHome(all);
    }
}
