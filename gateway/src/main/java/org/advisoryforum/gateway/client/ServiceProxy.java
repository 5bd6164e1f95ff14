package org.advisoryforum.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.advisoryforum.gateway.http.GatewayProblems;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Forwards an API call to the service that owns its path. The caller's bearer token goes along, so every service
 * checks the same identity and roles itself; the browser session is never relayed on {@code /api/**} (a call with
 * only the session cookie reaches the service as anonymous, see {@code ApiBearerOnly}).
 */
@ApplicationScoped
public class ServiceProxy {

    private static final List<String> REQUEST_HEADERS =
            List.of("Content-Type", "Accept", "Accept-Language", "If-None-Match", "If-Match");
    private static final Set<String> RESPONSE_HEADERS =
            Set.of("content-type", "etag", "cache-control", "last-modified", "location", "vary", "content-disposition", "retry-after");

    private final ServiceRequests services;
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    public ServiceProxy(ServiceRequests services) {
        this.services = services;
    }

    public Uni<Response> forward(String method, UriInfo uri, HttpHeaders headers, byte[] body) {
        String query = uri.getRequestUri().getRawQuery();
        boolean bearer = org.advisoryforum.gateway.http.ApiBearerOnly.hasBearer(headers.getHeaderString("Authorization"));
        var target = services.to(uri.getRequestUri().getRawPath() + (query == null ? "" : "?" + query), bearer);
        if (target.isEmpty()) {
            return Uni.createFrom().item(GatewayProblems.notFound());
        }
        URI base = target.get().base();
        HttpRequest.Builder request = target.get().request().timeout(Duration.ofSeconds(30));
        for (String name : REQUEST_HEADERS) {
            String value = headers.getHeaderString(name);
            if (value != null) {
                request.header(name, value);
            }
        }
        request.method(method, body == null || body.length == 0
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));

        return Uni.createFrom().completionStage(client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray()))
                .map(response -> toResponse(response, base, uri))
                .onFailure().recoverWithItem(failure -> GatewayProblems.unavailable());
    }

    /** A service's own 503 (starting, draining, its database away) is told like an unreachable one, with Retry-After. */
    private static Response toResponse(HttpResponse<byte[]> response, URI base, UriInfo uri) {
        if (response.statusCode() == 503) {
            return GatewayProblems.unavailable();
        }
        Response.ResponseBuilder builder = Response.status(response.statusCode());
        response.headers().map().forEach((name, values) -> {
            String lower = name.toLowerCase();
            if (RESPONSE_HEADERS.contains(lower)) {
                for (String value : values) {
                    builder.header(name, "location".equals(lower) ? rebase(value, base, uri) : value);
                }
            }
        });
        byte[] body = response.body();
        if (body != null && body.length > 0) {
            builder.entity(body);
        }
        return builder.build();
    }

    /** A Location pointing into the service is rewritten to the same path on the gateway. */
    private static String rebase(String location, URI base, UriInfo uri) {
        String serviceOrigin = base.getScheme() + "://" + base.getRawAuthority();
        if (location.startsWith(serviceOrigin)) {
            URI gateway = uri.getBaseUri();
            return gateway.getScheme() + "://" + gateway.getRawAuthority() + location.substring(serviceOrigin.length());
        }
        return location;
    }
}
