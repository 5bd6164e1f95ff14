package org.advisoryforum.gateway.web.editor;

import jakarta.enterprise.context.ApplicationScoped;
import org.advisoryforum.gateway.client.ConsultationDetail;
import org.advisoryforum.gateway.client.ConsultationsClient;
import org.advisoryforum.gateway.client.ServiceRefusal;
import org.advisoryforum.gateway.web.pages.PageResource;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** consultation-service as the staff pages use it: reading a consultation (drafts included), judging refusals. */
@ApplicationScoped
public class StaffConsultations {

    private final ConsultationsClient consultations;

    public StaffConsultations(@RestClient ConsultationsClient consultations) {
        this.consultations = consultations;
    }

    public ConsultationsClient client() {
        return consultations;
    }

    /** The consultation of a page address; not one is the page's 404 ({@link ErrorPages}). */
    public ConsultationDetail read(String id) {
        return consultations.consultation(PageResource.parse(id));
    }

    /**
     * A refusal a form can explain (bad input, 400, or a change no longer allowed, 409) returns; anything else is not
     * for the form and goes on to {@link ErrorPages}: its 404 or 403 page.
     */
    public static void requireFormProblem(ServiceRefusal refused) {
        if (!refused.isFormProblem()) {
            throw refused;
        }
    }
}
