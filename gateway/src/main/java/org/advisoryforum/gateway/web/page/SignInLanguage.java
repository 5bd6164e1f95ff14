package org.advisoryforum.gateway.web.page;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keycloak's sign-in page speaks the language of the page the member came from: the redirect to its authorization
 * endpoint carries {@code ui_locales} (OIDC Core 3.1.2.1), chosen as {@link PageFilters} chooses a page's language
 * ({@code ?lang=}, else the {@code af_lang} cookie, else English). The realm supports {@code en} and {@code cy}.
 */
@ApplicationScoped
@Unremovable
@Redirect(Redirect.Location.OIDC_AUTHORIZATION)
public class SignInLanguage implements OidcRedirectFilter {

    static final String UI_LOCALES = "ui_locales";

    @Override
    public void filter(OidcRedirectContext context) {
        HttpServerRequest request = context.routingContext().request();
        Cookie remembered = request.getCookie(PageFilters.LANGUAGE_COOKIE);
        String language =
                PageFilters.language(request.getParam("lang"), remembered == null ? null : remembered.getValue());
        context.additionalQueryParams().set(UI_LOCALES, language);
    }
}
