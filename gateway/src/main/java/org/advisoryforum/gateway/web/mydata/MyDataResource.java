package org.advisoryforum.gateway.web.mydata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.advisoryforum.gateway.client.ConsultationsClient;
import org.advisoryforum.gateway.client.ForumClient;
import org.advisoryforum.gateway.client.ServiceRefusal;
import org.advisoryforum.gateway.client.ServiceUnavailable;
import org.advisoryforum.gateway.client.TrackingClient;
import org.advisoryforum.gateway.http.GatewayProblems;
import org.advisoryforum.gateway.web.page.Parallel;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * "Download my data": a page with a button, and the download, one JSON file {generatedAt, forum, consultations,
 * tracking} with what each service holds about the member, asked of the three at once with the member's token. If
 * any of them cannot answer, the member gets a page naming what could not be gathered, never a partial file.
 */
@Path("/account/my-data")
@RolesAllowed("member")
public class MyDataResource {

    private static final Logger LOG = Logger.getLogger(MyDataResource.class);
    private static final ZoneId UK = ZoneId.of("Europe/London");

    /** A part of the file, named by its MyDataMsg key. */
    enum Part {
        md_part_forum,
        md_part_consultations,
        md_part_tracking
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance myData();

        static native TemplateInstance unavailable(List<String> missing);
    }

    private final ForumClient forum;
    private final ConsultationsClient consultations;
    private final TrackingClient tracking;
    private final Parallel parallel;
    private final ObjectMapper json;
    private final Clock clock;

    public MyDataResource(
            @RestClient ForumClient forum,
            @RestClient ConsultationsClient consultations,
            @RestClient TrackingClient tracking,
            Parallel parallel,
            ObjectMapper json) {
        this.forum = forum;
        this.consultations = consultations;
        this.tracking = tracking;
        this.parallel = parallel;
        this.json = json;
        this.clock = Clock.systemUTC();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        return Templates.myData();
    }

    @GET
    @Path("download")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    public Response download() {
        Parallel.Call<JsonNode> fromForum = parallel.start(forum::myData);
        Parallel.Call<JsonNode> fromConsultations = parallel.start(consultations::myData);
        Parallel.Call<JsonNode> fromTracking = parallel.start(tracking::myData);
        List<String> missing = new ArrayList<>();
        JsonNode forumPart = part(fromForum, Part.md_part_forum, missing);
        JsonNode consultationsPart = part(fromConsultations, Part.md_part_consultations, missing);
        JsonNode trackingPart = part(fromTracking, Part.md_part_tracking, missing);
        if (!missing.isEmpty()) {
            return Response.status(503)
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .header("Retry-After", Long.toString(GatewayProblems.RETRY_AFTER_SECONDS))
                    .header("Cache-Control", "no-store")
                    .entity(Templates.unavailable(missing))
                    .build();
        }
        Instant now = clock.instant();
        ObjectNode file = json.createObjectNode();
        file.put("generatedAt", now.toString());
        file.set("forum", forumPart);
        file.set("consultations", consultationsPart);
        file.set("tracking", trackingPart);
        byte[] body;
        try {
            body = json.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(file)
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the services' answers could not be written as JSON", e);
        }
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header(
                        "Content-Disposition",
                        "attachment; filename=my-data-" + now.atZone(UK).toLocalDate() + ".json")
                .header("Cache-Control", "no-store")
                .build();
    }

    /** The service's part, or null with the part named in {@code missing} when the service could not give it. */
    private static JsonNode part(Parallel.Call<JsonNode> call, Part part, List<String> missing) {
        try {
            JsonNode answer = call.get();
            if (answer == null || !answer.isObject()) {
                missing.add(part.name());
                return null;
            }
            return answer;
        } catch (ServiceUnavailable | ServiceRefusal | ProcessingException e) {
            LOG.warnf("download my data: %s could not be gathered (%s)", part, e.getMessage());
            missing.add(part.name());
            return null;
        }
    }
}
