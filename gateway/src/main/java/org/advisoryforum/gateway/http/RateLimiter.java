package org.advisoryforum.gateway.http;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed-window limit per client address on anonymous API calls and on applications to join, answering 429 with
 * Retry-After. Signed-in API clients (a bearer token) are limited by the services' own checks, not here.
 */
@ApplicationScoped
public class RateLimiter {

    private final int perMinute;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimiter(@ConfigProperty(name = "gateway.rate-limit.per-minute", defaultValue = "300") int perMinute) {
        this.perMinute = perMinute;
    }

    void install(@Observes Router router) {
        router.route().order(-150).handler(this::limit);
    }

    private void limit(RoutingContext ctx) {
        if (!limited(ctx)) {
            ctx.next();
            return;
        }
        long minute = System.currentTimeMillis() / 60_000;
        String client = ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().hostAddress();
        Window window = windows.compute(client, (key, current) ->
                current == null || current.minute != minute ? new Window(minute) : current);
        if (window.count.incrementAndGet() <= perMinute) {
            ctx.next();
            return;
        }
        long retryAfter = 60 - (System.currentTimeMillis() / 1000) % 60;
        ctx.response().setStatusCode(429)
                .putHeader("Retry-After", Long.toString(retryAfter))
                .putHeader("Content-Type", "application/problem+json")
                .end("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                        + "\"detail\":\"Too many requests from your address. Please wait a minute and try again.\"}");
        if (windows.size() > 10_000) {
            windows.entrySet().removeIf(e -> e.getValue().minute != minute);
        }
    }

    private static boolean limited(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        boolean application = (path.startsWith("/api/forum/applications") || path.equals("/join"))
                && ctx.request().method() == HttpMethod.POST;
        boolean anonymousApi = path.startsWith("/api/") && ctx.request().getHeader("Authorization") == null;
        return application || anonymousApi;
    }

    private static final class Window {
        final long minute;
        final AtomicInteger count = new AtomicInteger();

        Window(long minute) {
            this.minute = minute;
        }
    }
}
