package org.advisoryforum.gateway.web.page;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.advisoryforum.gateway.client.RelayCache;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A small shared cache of public pages as an anonymous visitor sees them, keyed by the page's address and language,
 * honouring the service's own HTTP caching: an entry is fresh for the {@code max-age} the service sent with the
 * data (none, {@code no-cache}: revalidated on every read), then revalidated with the service's ETag, so a read
 * costs nothing or a 304 and the page is rendered again only when its data changed. A change therefore shows within
 * the service's max-age (feedback-tracking-service sends 1 s for "You said, we did") plus one fetch. The browser
 * gets the page's own ETag and a 304 on {@code If-None-Match}.
 *
 * <p>Only what depends on nobody is stored: the resource puts a page here only for an anonymous visitor without a
 * notice to show ({@link PageUser#signedIn()} false), and the fast path serves from here only to a request Quarkus
 * authenticated as nobody, without a query. Anything with {@code no-store} or {@code private} is never stored.
 *
 * <p>The fast path is a route on the HTTP layer, after authentication and the rate limit: a fresh entry is written
 * straight from the event loop. When an entry is stale, one request goes through to the resource to revalidate it
 * while the others, for at most {@link #STALE_WHILE_REVALIDATING} more, are still given the stale copy.
 */
@ApplicationScoped
public class PublicPageCache {

    /** After the rate limit (-150), the bearer check (-140) and the API relay (-130). */
    static final int ORDER = -120;

    static final long STALE_WHILE_REVALIDATING = Duration.ofSeconds(2).toNanos();
    /** However long a service says, no page is kept without a revalidation for longer than this. */
    static final long MAX_AGE_CAP_SECONDS = 60;

    static final String CACHE_CONTROL = "no-cache";
    private static final Pattern CACHED_PATHS = Pattern.compile("/consultations/[0-9a-fA-F-]{36}/you-said-we-did");

    /** What a page is kept under: its path and its language. */
    public record Key(String path, String lang) {}

    /** The service's answer: 304 (unchanged since {@code etag} asked for), or new data with its caching headers. */
    public record Fetched<T>(boolean notModified, T data, String etag, String cacheControl) {}

    static final class Entry {
        final Buffer html;
        final String etag;
        final String upstreamEtag;
        final long maxAgeNanos;
        volatile long freshUntil;
        /** When a request set out to revalidate this entry (0: none is). */
        final AtomicLong revalidating = new AtomicLong();

        Entry(byte[] html, String etag, String upstreamEtag, long maxAgeNanos) {
            this.html = Buffer.buffer(html);
            this.etag = etag;
            this.upstreamEtag = upstreamEtag;
            this.maxAgeNanos = maxAgeNanos;
            this.freshUntil = System.nanoTime() + maxAgeNanos;
        }
    }

    private final Cache<Key, Entry> entries;

    public PublicPageCache(
            @ConfigProperty(name = "gateway.public-pages.max-entries", defaultValue = "2000") long maxEntries) {
        this.entries = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfterAccess(Duration.ofMinutes(10))
                .build();
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::fastPath);
    }

    private void fastPath(RoutingContext ctx) {
        var request = ctx.request();
        if (request.method() != HttpMethod.GET
                || request.query() != null
                || !CACHED_PATHS.matcher(request.path()).matches()
                || !anonymous(ctx)) {
            ctx.next();
            return;
        }
        Cookie language = request.getCookie(PageFilters.LANGUAGE_COOKIE);
        Entry entry = entries.getIfPresent(new Key(
                request.path(),
                language != null && "cy".equals(language.getValue())
                        ? PageContext.WELSH.getLanguage()
                        : Locale.ENGLISH.getLanguage()));
        if (entry == null || !servable(entry)) {
            ctx.next();
            return;
        }
        var response = ctx.response()
                .putHeader("ETag", entry.etag)
                .putHeader("Cache-Control", CACHE_CONTROL)
                .putHeader("Vary", "Cookie");
        if (matches(entry.etag, request.getHeader("If-None-Match"))) {
            response.setStatusCode(304).end();
        } else {
            response.putHeader("Content-Type", "text/html;charset=UTF-8").end(entry.html);
        }
    }

    /** Fresh; or stale while another request revalidates it (for a bounded time); else this request revalidates. */
    private static boolean servable(Entry entry) {
        long now = System.nanoTime();
        if (now - entry.freshUntil < 0) {
            return true;
        }
        if (entry.maxAgeNanos == 0 || now - entry.freshUntil > STALE_WHILE_REVALIDATING) {
            return false; // no-cache, or stale for too long: revalidate in this request
        }
        long started = entry.revalidating.get();
        if (started != 0 && now - started < STALE_WHILE_REVALIDATING) {
            return true;
        }
        return !entry.revalidating.compareAndSet(started, now);
    }

    private static boolean anonymous(RoutingContext ctx) {
        return !(ctx.user() instanceof QuarkusHttpUser user)
                || user.getSecurityIdentity().isAnonymous();
    }

    /**
     * The anonymous page at {@code key}: from the cache when fresh, else revalidated with the service
     * ({@code fetch} takes the ETag the cache holds, or null) and rendered again only if its data changed. A 304 to
     * a browser that already has it ({@code ifNoneMatch}). The caller has checked that the page depends on nobody.
     */
    public <T> Response page(
            Key key, String ifNoneMatch, Function<String, Fetched<T>> fetch, Function<T, String> render) {
        Entry cached = entries.getIfPresent(key);
        Entry entry;
        try {
            if (cached != null && System.nanoTime() - cached.freshUntil < 0) {
                entry = cached;
            } else {
                Fetched<T> fetched = fetch.apply(cached == null ? null : cached.upstreamEtag);
                long maxAge = maxAgeNanos(fetched.cacheControl());
                if (fetched.notModified() && cached != null) {
                    cached.freshUntil = System.nanoTime() + cached.maxAgeNanos;
                    entry = cached;
                } else {
                    byte[] html = render.apply(fetched.data()).getBytes(StandardCharsets.UTF_8);
                    entry = new Entry(html, etagOf(html), fetched.etag(), Math.max(maxAge, 0));
                    if (maxAge >= 0 && (maxAge > 0 || fetched.etag() != null)) {
                        entries.put(key, entry);
                    } else {
                        entries.invalidate(key);
                    }
                }
            }
        } finally {
            if (cached != null) {
                cached.revalidating.set(0);
            }
        }
        Response.ResponseBuilder answer = matches(entry.etag, ifNoneMatch)
                ? Response.notModified()
                : Response.ok(entry.html.getBytes(), "text/html;charset=UTF-8");
        return answer.header("ETag", entry.etag)
                .header("Cache-Control", CACHE_CONTROL)
                .header("Vary", "Cookie")
                .build();
    }

    /** How long the service lets its answer be used without asking again; -1 when it may not be stored at all. */
    static long maxAgeNanos(String cacheControl) {
        if (cacheControl == null) {
            return 0;
        }
        long seconds = 0;
        for (String directive : cacheControl.toLowerCase(Locale.ROOT).split(",")) {
            String d = directive.strip();
            if (d.equals("no-store") || d.equals("private")) {
                return -1;
            }
            if (d.equals("no-cache")) {
                return 0;
            }
            if (d.startsWith("max-age=")) {
                try {
                    seconds = Math.min(Long.parseLong(d.substring(8).replace("\"", "")), MAX_AGE_CAP_SECONDS);
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return Duration.ofSeconds(Math.max(seconds, 0)).toNanos();
    }

    static boolean matches(String etag, String ifNoneMatch) {
        return RelayCache.matches(etag, ifNoneMatch);
    }

    private static String etagOf(byte[] html) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(html);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
