package org.advisoryforum.gateway.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import org.advisoryforum.gateway.client.ConsultationDetail;
import org.advisoryforum.gateway.client.MemberApi;

/** A consultation as staff read it (drafts included): its details, draft sections and questions. */
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
}
