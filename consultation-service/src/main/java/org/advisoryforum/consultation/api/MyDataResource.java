package org.advisoryforum.consultation.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.UUID;
import org.advisoryforum.consultation.service.Author;
import org.advisoryforum.consultation.service.MyDataService;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "Download my data", consultation-service's part: only ever the caller's own, there is no id to guess. */
@Path("/api/consultations/my-data")
@Tag(name = "Responses")
public class MyDataResource {

    private final MyDataService data;
    private final JsonWebToken token;

    public MyDataResource(MyDataService data, JsonWebToken token) {
        this.data = data;
        this.token = token;
    }

    @GET
    @RolesAllowed("member")
    @Operation(
            summary = "Everything this service holds about you: what it knows of you from the forum, and each of "
                    + "your responses (drafts, submitted, withdrawn) with answers, section comments and quote choice")
    public MyDataView mine() {
        return data.of(new Author(UUID.fromString(token.getSubject())));
    }
}
