package org.advisoryforum.gateway.web.safeguarding;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.gateway.client.ConsultationSummary;
import org.advisoryforum.gateway.client.ConsultationsClient;
import org.advisoryforum.gateway.client.StaffPageViews;
import org.advisoryforum.gateway.client.TrackingClient;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The restricted list of answers staff flagged as raising a safeguarding concern, with its audit (who flagged, who
 * read). Only the role safeguarding reaches it: plain staff get the 403 page, and tracking refuses them too. Reading
 * the list is itself audited by tracking.
 */
@Path("/safeguarding")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("safeguarding")
public class SafeguardingResource {

    /** A flag with the title of its consultation, when the consultation is public. */
    public record Shown(StaffPageViews.SafeguardingFlag flag, String consultationTitle) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance flags(List<Shown> flags, List<StaffPageViews.SafeguardingAudit> audit);
    }

    private final TrackingClient tracking;
    private final ConsultationsClient consultations;

    public SafeguardingResource(@RestClient TrackingClient tracking, @RestClient ConsultationsClient consultations) {
        this.tracking = tracking;
        this.consultations = consultations;
    }

    @GET
    public TemplateInstance flags() {
        List<StaffPageViews.SafeguardingFlag> flags = tracking.safeguardingFlags();
        Map<UUID, String> titles = new HashMap<>();
        if (!flags.isEmpty()) {
            consultations.list(null).forEach((ConsultationSummary c) -> titles.put(c.id(), c.title()));
        }
        List<Shown> shown = flags.stream()
                .map(f -> new Shown(f, titles.get(f.consultationId())))
                .toList();
        return Templates.flags(shown, tracking.safeguardingAudit());
    }
}
