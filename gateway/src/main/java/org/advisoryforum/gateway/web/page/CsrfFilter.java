package org.advisoryforum.gateway.web.page;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Every state-changing page request (POST, PUT, PATCH, DELETE outside {@code /api/}) must carry the form token of the
 * {@code af_csrf} cookie in its {@code csrf} field, or it is refused with 403 before any resource method runs. This is
 * the default for every form, present and future: no resource has to remember to check.
 *
 * <p>Why not {@code quarkus-rest-csrf}: its version in this Quarkus BOM (3.34.1) could not be resolved from Maven
 * Central when this was written. It would also issue its own token and cookie, replacing the {@code af_csrf} token
 * that every template already takes from {@link PageContext}, and its filter covers every REST endpoint, including
 * the JSON relay under {@code /api/} (bearer tokens only, see {@code ApiBearerOnly}), which carries no CSRF cookie.
 * One filter over the existing token keeps a single mechanism.
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
