package org.advisoryforum.gateway.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import org.advisoryforum.gateway.client.ConsultationDetail;
import org.advisoryforum.gateway.client.MemberApi;

/** consultation-service as the staff pages use it: reading a consultation (drafts included), judging refusals. */
@ApplicationScoped
public class StaffConsultations {

    private final MemberApi api;

    public StaffConsultations(MemberApi api) {
        this.api = api;
    }

    /** The page's 404 when the id is not a consultation. */
    public ConsultationDetail read(String id) {
        MemberApi.Reply reply = api.call("GET", "/api/consultations/" + PageResource.parse(id), null);
        if (reply.status() == 404 || reply.status() == 400) {
            throw new NotFoundException();
        }
        if (!reply.ok()) {
            throw new IllegalStateException("consultation unavailable: " + reply.status());
        }
        return api.read(reply.body(), ConsultationDetail.class);
    }

    /**
     * A refusal a form can explain (bad input, 400, or a change no longer allowed, 409) returns; anything else is not
     * for the form: the page's 404, 403 or 500.
     */
    static void requireFormProblem(MemberApi.Reply reply) {
        if (reply.status() == 404) {
            throw new NotFoundException();
        }
        if (reply.status() == 403) {
            throw new ForbiddenException("the service refused");
        }
        if (reply.status() != 400 && reply.status() != 409) {
            throw new IllegalStateException("the service failed: " + reply.status());
        }
    }
}
