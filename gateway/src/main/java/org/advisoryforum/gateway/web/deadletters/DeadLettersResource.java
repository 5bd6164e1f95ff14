package org.advisoryforum.gateway.web.deadletters;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.advisoryforum.gateway.client.ServiceUnavailable;
import org.advisoryforum.gateway.client.StaffConsultationsClient;
import org.advisoryforum.gateway.client.StaffForumClient;
import org.advisoryforum.gateway.client.StaffPageViews;
import org.advisoryforum.gateway.client.StaffTrackingClient;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * The admin's view of the events each of the three services could not process, with the error each gave and its replay
 * (who, when). One service that cannot be reached is said so on its own; the others are still shown. The records
 * themselves (which may name a member) stay in the services: the page shows the consumer and the error only.
 */
@Path("/staff/dead-letters")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("admin")
public class DeadLettersResource {

    /** One service's dead letters, newest first, or unavailable. */
    public record ServiceLetters(String service, List<StaffPageViews.DeadLetter> letters, boolean unavailable) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance deadLetters(List<ServiceLetters> services);
    }

    private final StaffConsultationsClient consultations;
    private final StaffForumClient forum;
    private final StaffTrackingClient tracking;

    public DeadLettersResource(@RestClient StaffConsultationsClient consultations, @RestClient StaffForumClient forum,
                               @RestClient StaffTrackingClient tracking) {
        this.consultations = consultations;
        this.forum = forum;
        this.tracking = tracking;
    }

    @GET
    public TemplateInstance list() {
        return Templates.deadLetters(List.of(read("consultations", consultations::deadLetters),
                read("forum", forum::deadLetters), read("tracking", tracking::deadLetters)));
    }

    private static ServiceLetters read(String service, Supplier<List<StaffPageViews.DeadLetter>> letters) {
        try {
            return new ServiceLetters(service, letters.get().stream()
                    .sorted(Comparator.comparing(StaffPageViews.DeadLetter::receivedAt,
                            Comparator.nullsLast(Comparator.reverseOrder())))
                    .toList(), false);
        } catch (ServiceUnavailable | ProcessingException e) {
            return new ServiceLetters(service, List.of(), true);
        }
    }
}
