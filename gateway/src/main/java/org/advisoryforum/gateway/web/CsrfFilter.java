package org.advisoryforum.gateway.web;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import java.util.Set;

/**
 * Every state-changing page request (POST, PUT, PATCH, DELETE outside {@code /api/}) must carry the form token of the
 * {@code af_csrf} cookie in its {@code csrf} field, or it is refused with 403 before any resource method runs. This is
 * the default for every form, present and future: no resource has to remember to check.
 *
 * <p>Why not {@code quarkus-rest-csrf}: it issues and names its own token (its cookie and {@code {inject:csrf}} in the
 * templates) while the pages already share the {@code af_csrf} double-submit token through {@link PageContext}, and it
 * applies to every REST endpoint, so the JSON relay under {@code /api/} (bearer tokens, see {@code ApiBearerOnly})
 * would need excluding from it. One filter over the existing token keeps a single mechanism.
 */
public class CsrfFilter {

    static final String FIELD = "csrf";
    private static final Set<String> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final Csrf csrf;

    public CsrfFilter(Csrf csrf) {
        this.csrf = csrf;
    }

    /** Runs after {@link PageFilters#fill} (which reads the cookie), with the form already read. */
    @WithFormRead
    @ServerRequestFilter(priority = Priorities.USER + 100)
    public void verify(ResteasyReactiveContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        Object token = ((ResteasyReactiveRequestContext) request.getServerRequestContext())
                .getFormParameter(FIELD, true, false);
        csrf.verify(token == null ? null : token.toString());
    }
}
