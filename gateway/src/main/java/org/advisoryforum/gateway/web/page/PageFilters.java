package org.advisoryforum.gateway.web.page;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Fills the page context: the language (chosen with ?lang= and remembered), the user, the CSRF token. */
public class PageFilters {

    static final String LANGUAGE_COOKIE = "af_lang";
    static final String CSRF_COOKIE = "af_csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PageContext page;
    private final SecurityIdentity identity;

    public PageFilters(PageContext page, SecurityIdentity identity) {
        this.page = page;
        this.identity = identity;
    }

    @ServerRequestFilter
    public void fill(ContainerRequestContext request) {
        if (isApi(request)) {
            return;
        }
        String chosen = request.getUriInfo().getQueryParameters().getFirst("lang");
        Cookie remembered = request.getCookies().get(LANGUAGE_COOKIE);
        Locale locale = "cy".equals(language(chosen, remembered == null ? null : remembered.getValue()))
                ? PageContext.WELSH
                : Locale.ENGLISH;
        boolean languageChosen = "cy".equals(chosen) || "en".equals(chosen);
        Cookie csrf = request.getCookies().get(CSRF_COOKIE);
        boolean known = csrf != null && csrf.getValue().length() >= 32;
        page.set(locale, languageChosen, PageUser.of(identity), known ? csrf.getValue() : newToken(), !known);
        if ("GET".equals(request.getMethod())) {
            page.here(
                    request.getUriInfo().getRequestUri().getRawPath(),
                    request.getUriInfo().getRequestUri().getRawQuery());
        }
    }

    /** The page's language: chosen with {@code ?lang=}, else remembered in the cookie, else English ("en" or "cy"). */
    static String language(String chosen, String remembered) {
        String language = chosen != null ? chosen : remembered != null ? remembered : "en";
        return "cy".equals(language) ? "cy" : "en";
    }

    private static String newToken() {
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    private static boolean isApi(ContainerRequestContext request) {
        return request.getUriInfo().getPath().startsWith("/api/");
    }

    @ServerResponseFilter
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        if (isApi(request)) {
            return;
        }
        if (page.isNewCsrfToken()) {
            response.getHeaders()
                    .add(
                            "Set-Cookie",
                            new NewCookie.Builder(CSRF_COOKIE)
                                    .value(page.getCsrfToken())
                                    .path("/")
                                    .httpOnly(true)
                                    .sameSite(NewCookie.SameSite.STRICT)
                                    .build());
        }
        if (page.isLanguageChosen()) {
            response.getHeaders()
                    .add(
                            "Set-Cookie",
                            new NewCookie.Builder(LANGUAGE_COOKIE)
                                    .value(page.getLang())
                                    .path("/")
                                    .maxAge(365 * 24 * 3600)
                                    .sameSite(NewCookie.SameSite.LAX)
                                    .build());
        }
    }
}
