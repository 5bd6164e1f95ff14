package org.advisoryforum.forum.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The Keycloak Admin API, reached with the forum-service client's service account (client credentials). */
@ConfigMapping(prefix = "forum.keycloak")
public interface KeycloakAdminConfig {

    /** Keycloak's base URL, e.g. http://localhost:8180. */
    String url();

    @WithDefault("advisory-forum")
    String realm();

    @WithDefault("forum-service")
    String clientId();

    String clientSecret();
}
