package org.advisoryforum.gateway.web.editor;

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
import org.advisoryforum.gateway.client.ConsultationsClient;
import org.advisoryforum.gateway.client.ServiceRefusal;
import org.advisoryforum.gateway.web.page.FormErrors;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Staff create a draft consultation, then carry on on its edit page. A literal path of its own, so that
 * {@code /staff/consultations/{id}} never takes "new" for an id.
 */
@Path("/staff/consultations/new")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("staff")
public class NewConsultationResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance create(ConsultationForm form, FormErrors errors);
    }

    private final ConsultationsClient consultations;

    public NewConsultationResource(@RestClient ConsultationsClient consultations) {
        this.consultations = consultations;
    }

    @GET
    public TemplateInstance form() {
        return Templates.create(ConsultationForm.empty(), new FormErrors());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> posted) {
        ConsultationForm form = ConsultationForm.from(posted);
        FormErrors errors = form.check();
        if (errors.isEmpty()) {
            try {
                return Response.seeOther(URI.create("/staff/consultations/"
                                + consultations.create(form.toDetails()).id() + "/edit"))
                        .build();
            } catch (ServiceRefusal refused) {
                StaffConsultations.requireFormProblem(refused);
                errors = ConsultationForm.errors(refused);
            }
        }
        return Response.status(400).entity(Templates.create(form, errors)).build();
    }
}
