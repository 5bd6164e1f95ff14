package org.advisoryforum.gateway.client;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.advisoryforum.gateway.http.ApiBearerOnly;
import org.advisoryforum.gateway.http.GatewayProblems;

/**
 * Forwards an API call to the service that owns its path. The caller's bearer token goes along, so every service
 * checks the same identity and roles itself; the browser session is never relayed on {@code /api/**} (a call with
 * only the session cookie reaches the service as anonymous, see {@code ApiBearerOnly}).
 *
 * <p>It is a route on the gateway's own Vert.x router, after authentication, the rate limit and {@code ApiBearerOnly}
 * (no JAX-RS resource, no worker thread), and relays with one pooled, keep-alive Vert.x client on the event loop:
 * the request body is streamed to the service and the service's body streamed back, never copied into an array.
 * Only the listed headers go in and come out; a {@code Location} into the service is rebased on the gateway; a
 * service that is unreachable, hangs up or answers 503 itself is 503 {@code service_unavailable} with
 * {@code Retry-After}.
 */
@ApplicationScoped
public class ServiceProxy {

    /** After {@code ApiBearerOnly} (rate limit -150, bearer check -140), before Quarkus' authorization (-100). */
    static final int ORDER = -130;

    private static final List<String> REQUEST_HEADERS =
            List.of("Content-Type", "Accept", "Accept-Language", "If-None-Match", "If-Match");
    private static final Map<String, String> RESPONSE_HEADERS = Stream.of(
                    "Content-Type",
                    "ETag",
                    "Cache-Control",
                    "Last-Modified",
                    "Location",
                    "Vary",
                    "Content-Disposition",
                    "Retry-After")
            .collect(Collectors.toUnmodifiableMap(String::toLowerCase, name -> name));
    private static final Set<HttpMethod> RELAYED = Set.of(
            HttpMethod.GET, HttpMethod.HEAD, HttpMethod.DELETE, HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);
    private static final long TIMEOUT_MILLIS = 30_000;

    private final ServiceRequests services;
    private final RelayCache cache;
    private final HttpClient client;

    public ServiceProxy(ServiceRequests services, RelayCache cache, Vertx vertx) {
        this.services = services;
        this.cache = cache;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout(5_000)
                .setKeepAlive(true)
                .setMaxPoolSize(64)
                .setTcpNoDelay(true)
                .setDecompressionSupported(false));
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(ORDER).handler(this::forward);
    }

    void close(@Observes ShutdownEvent ignored) {
        client.close();
    }

    private void forward(RoutingContext ctx) {
        HttpServerRequest in = ctx.request();
        if (!RELAYED.contains(in.method())) {
            ctx.next();
            return;
        }
        String query = in.query();
        String pathAndQuery = in.path() + (query == null ? "" : "?" + query);
        var target = services.to(pathAndQuery);
        if (target.isEmpty()) {
            GatewayProblems.endNotFound(ctx);
            return;
        }
        MultiMap inHeaders = in.headers();
        String cacheKey = in.method() == HttpMethod.GET && !inHeaders.contains("If-Match")
                ? RelayCache.key(pathAndQuery, inHeaders.get("Accept"), inHeaders.get("Accept-Language"))
                : null;
        RelayCache.Entry hit = cacheKey == null ? null : cache.fresh(cacheKey);
        if (hit != null) {
            answerFromCache(ctx, hit);
            return;
        }
        RequestOptions options = new RequestOptions()
                .setMethod(in.method())
                .setAbsoluteURI(target.get().uri().toString())
                .setIdleTimeout(TIMEOUT_MILLIS);
        for (String name : REQUEST_HEADERS) {
            String value = inHeaders.get(name);
            if (value != null) {
                options.putHeader(name, value);
            }
        }
        String token = bearerToken(ctx);
        if (token != null) {
            options.putHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        String length = inHeaders.get(HttpHeaders.CONTENT_LENGTH);
        boolean body = (length != null && !"0".equals(length)) || inHeaders.contains(HttpHeaders.TRANSFER_ENCODING);
        if (length != null) {
            options.putHeader(HttpHeaders.CONTENT_LENGTH, length);
        }
        URI base = target.get().base();
        client.request(options)
                .compose(request -> body ? send(request, in, length) : request.send())
                .onSuccess(response -> relay(ctx, response, base, cacheKey))
                .onFailure(failure -> unavailable(ctx));
    }

    private static io.vertx.core.Future<HttpClientResponse> send(
            HttpClientRequest request, HttpServerRequest in, String length) {
        if (length == null) {
            request.setChunked(true);
        }
        return request.send(in);
    }

    /** A service's own 503 (starting, draining, its database away) is told like an unreachable one, with Retry-After. */
    private void relay(RoutingContext ctx, HttpClientResponse response, URI base, String cacheKey) {
        if (response.statusCode() == 503) {
            response.body(); // read it, so the connection goes back to the pool
            unavailable(ctx);
            return;
        }
        HttpServerResponse out = ctx.response().setStatusCode(response.statusCode());
        MultiMap relayed = MultiMap.caseInsensitiveMultiMap();
        response.headers().forEach((name, value) -> {
            String header = RESPONSE_HEADERS.get(name.toLowerCase());
            if (header != null) {
                relayed.add(header, "Location".equals(header) ? rebase(value, base, ctx.request()) : value);
            }
        });
        out.headers().addAll(relayed);
        long storable = cacheKey == null ? 0 : RelayCache.storableFor(response.statusCode(), response.headers());
        if (storable > 0) {
            response.body()
                    .onSuccess(body -> {
                        cache.put(
                                cacheKey, relayed, body,
                                storable); // only the service's relayed headers, nothing of the caller's
                        out.end(body);
                    })
                    .onFailure(failure -> unavailable(ctx));
            return;
        }
        String length = response.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            out.putHeader(HttpHeaders.CONTENT_LENGTH, length);
        } else if (response.statusCode() != 204
                && response.statusCode() != 304
                && ctx.request().method() != HttpMethod.HEAD) {
            out.setChunked(true);
        }
        stream(response, out);
    }

    /**
     * The service's body to the caller as it arrives, pausing the service while the caller's buffer is full. A caller
     * that goes away resets the call to the service (that connection leaves the pool); a service that hangs up
     * mid-body resets the caller's connection, so it sees a broken answer, never a truncated one.
     */
    private static void stream(HttpClientResponse response, HttpServerResponse out) {
        out.closeHandler(closed -> {
            if (!out.ended()) {
                response.request().reset();
            }
        });
        response.exceptionHandler(failure -> {
            if (!out.ended() && !out.closed()) {
                out.reset();
            }
        });
        response.handler(chunk -> {
            if (out.closed()) {
                return;
            }
            out.write(chunk);
            if (out.writeQueueFull()) {
                response.pause();
                out.drainHandler(drained -> response.resume());
            }
        });
        response.endHandler(ended -> {
            if (!out.ended() && !out.closed()) {
                out.end();
            }
        });
    }

    /** A stored answer: 304 when the caller already has it, else the answer as the service gave it. */
    private static void answerFromCache(RoutingContext ctx, RelayCache.Entry hit) {
        HttpServerResponse out = ctx.response();
        if (RelayCache.matches(hit.etag(), ctx.request().getHeader("If-None-Match"))) {
            out.setStatusCode(304).putHeader("ETag", hit.etag());
            String cacheControl = hit.headers().get("Cache-Control");
            if (cacheControl != null) {
                out.putHeader("Cache-Control", cacheControl);
            }
            out.end();
            return;
        }
        out.setStatusCode(200).headers().addAll(hit.headers());
        out.end(hit.body());
    }

    private static void unavailable(RoutingContext ctx) {
        if (!ctx.response().headWritten() && !ctx.response().closed()) {
            ctx.response().headers().clear();
            GatewayProblems.endUnavailable(ctx);
        }
    }

    /** Only a bearer token Quarkus has verified is relayed; the browser session never is. */
    private static String bearerToken(RoutingContext ctx) {
        if (!ApiBearerOnly.hasBearer(ctx.request().getHeader(HttpHeaders.AUTHORIZATION))
                || !(ctx.user() instanceof QuarkusHttpUser user)
                || user.getSecurityIdentity().isAnonymous()) {
            return null;
        }
        AccessTokenCredential credential = user.getSecurityIdentity().getCredential(AccessTokenCredential.class);
        return credential == null ? null : credential.getToken();
    }

    /** A Location pointing into the service is rewritten to the same path on the gateway. */
    private static String rebase(String location, URI base, HttpServerRequest request) {
        String serviceOrigin = base.getScheme() + "://" + base.getRawAuthority();
        HostAndPort gateway = request.authority();
        if (location.startsWith(serviceOrigin) && gateway != null) {
            return request.scheme() + "://" + gateway + location.substring(serviceOrigin.length());
        }
        return location;
    }
}
