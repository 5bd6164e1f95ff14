package org.advisoryforum.gateway.client;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code /api} relay's shared cache, by the rules of an HTTP shared cache (RFC 9111): only a GET answered 200
 * with {@code Cache-Control: public} and a {@code max-age} (which is what makes an answer to a request with a token
 * storable, §3.5), without {@code no-store}, {@code private}, {@code no-cache}, a {@code Location}, or a
 * {@code Vary} on anything but the headers in the key; kept for that max-age (at most a minute), keyed by path, query,
 * {@code Accept} and {@code Accept-Language}. Today only feedback-tracking-service's public "You said, we did"
 * ({@code public, max-age=1}) qualifies. The token of each call is still verified before the cache is looked at.
 */
@ApplicationScoped
public class RelayCache {

    static final long MAX_AGE_CAP_SECONDS = 60;
    static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final Set<String> KEYED_VARY = Set.of("accept", "accept-language", "accept-encoding");

    /** An answer kept: its relayed headers and body. */
    record Entry(MultiMap headers, Buffer body, String etag, long freshUntil) {
        boolean fresh() {
            return System.nanoTime() - freshUntil < 0;
        }
    }

    private final Cache<String, Entry> entries;

    public RelayCache(
            @ConfigProperty(name = "gateway.relay-cache.max-bytes", defaultValue = "33554432") long maxBytes) {
        this.entries = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher(
                        (String key, Entry entry) -> key.length() + entry.body().length())
                .expireAfterWrite(Duration.ofSeconds(MAX_AGE_CAP_SECONDS))
                .build();
    }

    static String key(String pathAndQuery, String accept, String acceptLanguage) {
        return pathAndQuery
                + '\n'
                + (accept == null ? "" : accept)
                + '\n'
                + (acceptLanguage == null ? "" : acceptLanguage);
    }

    /** A fresh answer for {@code key}, or null. */
    Entry fresh(String key) {
        Entry entry = entries.getIfPresent(key);
        return entry != null && entry.fresh() ? entry : null;
    }

    /** How long an answer may be stored, in nanoseconds; 0 when it may not be. */
    static long storableFor(int status, MultiMap headers) {
        if (status != 200 || headers.contains("Location") || headers.contains("Set-Cookie")) {
            return 0;
        }
        String length = headers.get("Content-Length");
        if (length != null
                && (length.length() > 9
                        || !length.strip().chars().allMatch(Character::isDigit)
                        || Long.parseLong(length.strip()) > MAX_BODY_BYTES)) {
            return 0;
        }
        for (String vary : headers.getAll("Vary")) {
            for (String name : vary.split(",")) {
                if (!KEYED_VARY.contains(name.strip().toLowerCase(Locale.ROOT))) {
                    return 0;
                }
            }
        }
        boolean isPublic = false;
        long seconds = 0;
        for (String value : headers.getAll("Cache-Control")) {
            for (String directive : value.toLowerCase(Locale.ROOT).split(",")) {
                String d = directive.strip();
                if (d.equals("no-store") || d.equals("private") || d.equals("no-cache")) {
                    return 0;
                }
                if (d.equals("public")) {
                    isPublic = true;
                } else if (d.startsWith("max-age=")) {
                    try {
                        seconds = Math.min(Long.parseLong(d.substring(8)), MAX_AGE_CAP_SECONDS);
                    } catch (NumberFormatException e) {
                        return 0;
                    }
                }
            }
        }
        return isPublic && seconds > 0 ? Duration.ofSeconds(seconds).toNanos() : 0;
    }

    /** Whether {@code ifNoneMatch} (a request's header: a list, weak tags, {@code *}) names {@code etag}. */
    public static boolean matches(String etag, String ifNoneMatch) {
        if (etag == null || ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String strong = etag.startsWith("W/") ? etag.substring(2) : etag;
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(strong)) {
                return true;
            }
        }
        return false;
    }

    void put(String key, MultiMap headers, Buffer body, long forNanos) {
        if (body.length() > MAX_BODY_BYTES) {
            return; // a chunked answer turned out larger than is worth keeping
        }
        entries.put(key, new Entry(headers, body, headers.get("ETag"), System.nanoTime() + forNanos));
    }
}
