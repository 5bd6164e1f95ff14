package org.advisoryforum.gateway.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A fixed-window limit per client on every request the gateway answers (the API, the pages, signing in and out),
 * answering 429 with Retry-After. Static files (styles, fonts, scripts) are not counted.
 *
 * <p>The client is the verified identity when the request carries a valid token or session (Quarkus has already
 * authenticated it: this handler runs after authentication), else the client address as seen after trusted-proxy
 * handling. An {@code Authorization} header by itself ({@code Basic x}, empty, or a token Quarkus refused) therefore
 * earns no separate budget: it is counted against the address like any anonymous request. Requests whose
 * credentials Quarkus refused (401 before this handler runs) are counted against the address too, in a budget of
 * their own that is checked before authentication, so guessing tokens is limited as well.
 *
 * <p>Memory is bounded: the windows live in a Caffeine cache (Quarkus' own cache library) holding at most
 * {@code gateway.rate-limit.max-clients} clients, each dropped two minutes after its window opened.
 */
@ApplicationScoped
public class RateLimiter {

    /** After authentication (order -200) and before authorization (order -100). */
    static final int ORDER = -150;
    /** Before authentication: the budget of requests whose credentials were refused. */
    static final int BEFORE_AUTHENTICATION = -250;

    private final int perMinute;
    private final Cache<String, Window> windows;

    public RateLimiter(
            @ConfigProperty(name = "gateway.rate-limit.per-minute", defaultValue = "300") int perMinute,
            @ConfigProperty(name = "gateway.rate-limit.max-clients", defaultValue = "100000") long maxClients) {
        this.perMinute = perMinute;
        this.windows = Caffeine.newBuilder()
                .maximumSize(maxClients)
                .expireAfterWrite(Duration.ofMinutes(2))
                .build();
    }

    void install(@Observes Router router) {
        router.route().order(BEFORE_AUTHENTICATION).handler(this::limitRefusedCredentials);
        router.route().order(ORDER).handler(this::limit);
    }

    private void limitRefusedCredentials(RoutingContext ctx) {
        String key = "refused:" + address(ctx);
        if (isOver(key)) {
            tooMany(ctx);
            return;
        }
        ctx.addHeadersEndHandler(ignored -> {
            if (ctx.response().getStatusCode() == 401 && ctx.request().getHeader("Authorization") != null) {
                tryAcquire(key);
            }
        });
        ctx.next();
    }

    private void limit(RoutingContext ctx) {
        if (isStaticFile(ctx.normalizedPath()) || tryAcquire(clientKey(ctx))) {
            ctx.next();
            return;
        }
        tooMany(ctx);
    }

    private void tooMany(RoutingContext ctx) {
        long retryAfter = 60 - (System.currentTimeMillis() / 1000) % 60;
        ctx.response().putHeader("Retry-After", Long.toString(retryAfter));
        GatewayProblems.end(
                ctx,
                org.advisoryforum.platform.problem.Problem.of(
                        429,
                        "Too Many Requests",
                        "Too many requests from you. Please wait a minute and try again.",
                        "rate_limited"));
    }

    /** Counts one request of {@code client} in the current minute; false once it is over the limit. */
    boolean tryAcquire(String client) {
        long minute = System.currentTimeMillis() / 60_000;
        // the window of this minute is counted without a lock: the many requests of one client (one identity behind
        // many connections) do not queue on its map entry; only a new window takes the entry's lock
        Window window = windows.getIfPresent(client);
        if (window == null || window.minute != minute) {
            window = windows.asMap()
                    .compute(
                            client,
                            (key, current) ->
                                    current == null || current.minute != minute ? new Window(minute) : current);
        }
        return window.count.incrementAndGet() <= perMinute;
    }

    private boolean isOver(String client) {
        long minute = System.currentTimeMillis() / 60_000;
        Window window = windows.getIfPresent(client);
        return window != null && window.minute == minute && window.count.get() >= perMinute;
    }

    /** How many clients are tracked now (after evicting what is over the bound). */
    long trackedClients() {
        windows.cleanUp();
        return windows.estimatedSize();
    }

    static String clientKey(RoutingContext ctx) {
        if (ctx.user() instanceof QuarkusHttpUser user
                && !user.getSecurityIdentity().isAnonymous()) {
            return "identity:" + user.getSecurityIdentity().getPrincipal().getName();
        }
        return "address:" + address(ctx);
    }

    private static String address(RoutingContext ctx) {
        SocketAddress address = ctx.request().remoteAddress();
        return address == null ? "unknown" : address.hostAddress();
    }

    private static boolean isStaticFile(String path) {
        return path != null
                && (path.startsWith("/css/") || path.startsWith("/webjars/") || path.equals("/favicon.ico"));
    }

    static boolean isSafe(HttpMethod method) {
        return method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS;
    }

    private static final class Window {
        final long minute;
        final AtomicInteger count = new AtomicInteger();

        Window(long minute) {
            this.minute = minute;
        }
    }
}
