package org.advisoryforum.gateway.web.page;

import java.net.URI;

/** Where signing in returns to: a page of this gateway only (never another site, never sign-in itself). */
public final class SignInReturn {

    private SignInReturn() {}

    /** {@code to} when it is a path on this gateway, else the home page. */
    public static URI target(String to) {
        return isLocal(to) ? URI.create(to) : URI.create("/");
    }

    static boolean isLocal(String to) {
        if (to == null
                || !to.startsWith("/")
                || to.startsWith("//")
                || to.startsWith("/\\")
                || to.startsWith("/login")
                || to.startsWith("/logout")
                || to.startsWith("/signed-in")
                || to.startsWith("/api/")) {
            return false;
        }
        for (int i = 0; i < to.length(); i++) {
            char c = to.charAt(i);
            if (c < 0x21 || c == 0x7f || c == '\\') {
                return false;
            }
        }
        try {
            URI uri = URI.create(to);
            return uri.getScheme() == null && uri.getRawAuthority() == null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
