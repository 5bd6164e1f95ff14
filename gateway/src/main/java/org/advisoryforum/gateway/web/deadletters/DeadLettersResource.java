package org.advisoryforum.gateway.web.deadletters;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.advisoryforum.gateway.client.ConsultationsClient;
import org.advisoryforum.gateway.client.DeadLetters;
import org.advisoryforum.gateway.client.ForumClient;
import org.advisoryforum.gateway.client.ServiceRefusal;
import org.advisoryforum.gateway.client.ServiceUnavailable;
import org.advisoryforum.gateway.client.StaffPageViews;
import org.advisoryforum.gateway.client.TrackingClient;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The admin's view of the events each of the three services could not process, with the error each gave and its replay
 * (who, when), and a Replay button for one not replayed yet (the service's 409, replayed already or still failing,
 * is said so and changes nothing). One service that cannot be reached is said so on its own; the others are still shown. The records
 * themselves (which may name a member) stay in the services: the page shows the consumer and the error only.
 */
@Path("/staff/dead-letters")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("admin")
public class DeadLettersResource {

    static final List<String> SERVICES = List.of("consultations", "forum", "tracking");

    /** One service's dead letters, newest first, or unavailable. */
    public record ServiceLetters(String service, List<StaffPageViews.DeadLetter> letters, boolean unavailable) {}

    /** What the last replay did: REPLAYED (its effect ran now), ALREADY_THERE, or REFUSED (409: nothing changed). */
    public record Replay(String service, long id, String outcome) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance deadLetters(List<ServiceLetters> services, Replay replay);
    }

    /** Each service's client by its name, in the order of {@link #SERVICES}. */
    private final Map<String, DeadLetters> services;

    public DeadLettersResource(
            @RestClient ConsultationsClient consultations,
            @RestClient ForumClient forum,
            @RestClient TrackingClient tracking) {
        this.services = new LinkedHashMap<>();
        services.put("consultations", consultations);
        services.put("forum", forum);
        services.put("tracking", tracking);
    }

    @GET
    public TemplateInstance list(
            @QueryParam("replayed") String replayed, @QueryParam("service") String service, @QueryParam("id") Long id) {
        Replay replay = id != null
                        && SERVICES.contains(service)
                        && ("REPLAYED".equals(replayed) || "ALREADY_THERE".equals(replayed))
                ? new Replay(service, id, replayed)
                : null;
        return page(replay);
    }

    /** After a fix, the admin has a dead letter processed again, once, through the service's own handlers. */
    @POST
    @Path("{service}/{id}/replay")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response replay(@PathParam("service") String service, @PathParam("id") String id) {
        if (!SERVICES.contains(service) || !id.matches("\\d{1,18}")) {
            throw new NotFoundException();
        }
        long letter = Long.parseLong(id);
        try {
            boolean applied = services.get(service).replayDeadLetter(letter).applied();
            return Response.seeOther(
                            URI.create("/staff/dead-letters?replayed=" + (applied ? "REPLAYED" : "ALREADY_THERE")
                                    + "&service=" + service + "&id=" + letter + "#" + service))
                    .build();
        } catch (ServiceRefusal refused) {
            if (refused.status() != 409) {
                throw refused;
            }
            return Response.status(409)
                    .entity(page(new Replay(service, letter, "REFUSED")))
                    .build();
        }
    }

    private TemplateInstance page(Replay replay) {
        return Templates.deadLetters(
                services.entrySet().stream()
                        .map(s -> read(s.getKey(), s.getValue()))
                        .toList(),
                replay);
    }

    private static ServiceLetters read(String service, DeadLetters letters) {
        try {
            return new ServiceLetters(
                    service,
                    letters.deadLetters().stream()
                            .sorted(Comparator.comparing(
                                    StaffPageViews.DeadLetter::receivedAt,
                                    Comparator.nullsLast(Comparator.reverseOrder())))
                            .toList(),
                    false);
        } catch (ServiceUnavailable | ProcessingException e) {
            return new ServiceLetters(service, List.of(), true);
        }
    }
}
