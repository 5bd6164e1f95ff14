package org.advisoryforum.gateway.web;

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
import org.advisoryforum.gateway.client.MemberApi;

import java.net.URI;

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

    private final MemberApi api;
    private final PageContext page;
    private final Csrf csrf;

    public NewConsultationResource(MemberApi api, PageContext page, Csrf csrf) {
        this.api = api;
        this.page = page;
        this.csrf = csrf;
    }

    @GET
    public TemplateInstance form() {
        return Templates.create(ConsultationForm.empty(), new FormErrors()).setLocale(page.getLocale());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> posted) {
        csrf.verify(posted.getFirst("csrf"));
        ConsultationForm form = ConsultationForm.from(posted);
        FormErrors errors = form.check();
        if (errors.isEmpty()) {
            MemberApi.Reply reply = api.call("POST", "/api/consultations", form.toDetails());
            if (reply.ok()) {
                return Response.seeOther(URI.create("/staff/consultations/" + reply.body().path("id").asText() + "/edit"))
                        .build();
            }
            StaffConsultations.requireFormProblem(reply);
            errors = ConsultationForm.errors(reply.body());
        }
        return Response.status(400).entity(Templates.create(form, errors).setLocale(page.getLocale())).build();
    }
}
