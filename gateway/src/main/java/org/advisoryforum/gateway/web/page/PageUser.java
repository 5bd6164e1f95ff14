package org.advisoryforum.gateway.web.page;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is looking at a page, as the layout and the staff home need it. */
public record PageUser(
        boolean signedIn, String name, boolean member, boolean staff, boolean safeguarding, boolean admin) {

    public static PageUser of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return new PageUser(false, null, false, false, false, false);
        }
        return new PageUser(
                true,
                identity.getPrincipal().getName(),
                identity.hasRole("member"),
                identity.hasRole("staff"),
                identity.hasRole("safeguarding"),
                identity.hasRole("admin"));
    }
}
