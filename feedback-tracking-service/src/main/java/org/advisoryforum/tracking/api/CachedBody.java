package org.advisoryforum.tracking.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;

/**
 * A public body with its ETag and caching headers; 304 when the client already has it. Caches must revalidate every
 * time (a 304 costs one primary-key read), so a changed name or a withdrawn consent to quoting shows at once.
 */
final class CachedBody {

    static final String CACHE_CONTROL = "public, no-cache";

    private CachedBody() {}

    static Response respond(String body, String etag, String ifNoneMatch, String mediaType) {
        if (matches(etag, ifNoneMatch)) {
            return Response.notModified()
                    .header(HttpHeaders.ETAG, etag)
                    .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                    .build();
        }
        return Response.ok(body, mediaType)
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .build();
    }

    static boolean matches(String etag, String ifNoneMatch) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }
}
