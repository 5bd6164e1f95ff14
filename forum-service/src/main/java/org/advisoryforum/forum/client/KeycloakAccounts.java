package org.advisoryforum.forum.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RoleScopeResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.RoleRepresentation;

/**
 * The few Keycloak Admin API calls the forum needs, through Keycloak's own admin client (extension
 * {@code quarkus-keycloak-admin-rest-client}, which gets and refreshes the service account's token itself with the
 * client-credentials grant): grant and remove a realm role, read an e-mail address for delivery. Every call is
 * idempotent, so a retry after a failure is harmless. Callers never call it inside a database transaction (see
 * {@code MemberRoleSync} and {@code DigestService}).
 * <p>
 * The service account may do exactly that and nothing else: the realm's fine-grained admin permissions
 * ({@code admin-permissions} client) let it view users and map the {@code member} role, no other role; it cannot
 * read the realm's role list, create, update or delete a user (see deploy/keycloak and
 * {@code ServiceAccountLeastPrivilegeTest}). That is why a role is picked from the user's own role mappings.
 */
@ApplicationScoped
public class KeycloakAccounts {

    private final Keycloak keycloak;
    private final String realm;

    public KeycloakAccounts(
            Keycloak keycloak, @ConfigProperty(name = "quarkus.keycloak.admin-client.realm") String realm) {
        this.keycloak = keycloak;
        this.realm = realm;
    }

    /** A user Keycloak no longer has cannot be given a role: nothing to do. One who holds it already keeps it. */
    public void grantRealmRole(UUID userId, String role) {
        try {
            RoleScopeResource mappings = realmRoles(userId);
            List<RoleRepresentation> wanted = named(mappings.listAvailable(), role);
            if (!wanted.isEmpty()) { // not available means the user holds it already
                mappings.add(wanted);
            }
        } catch (NotFoundException gone) {
            // the account was closed in Keycloak: there is nobody to grant it to
        }
    }

    /** A user Keycloak no longer has holds no role: that is fine too. */
    public void removeRealmRole(UUID userId, String role) {
        try {
            RoleScopeResource mappings = realmRoles(userId);
            List<RoleRepresentation> held = named(mappings.listAll(), role);
            if (!held.isEmpty()) {
                mappings.remove(held);
            }
        } catch (NotFoundException gone) {
            // nothing left to take away
        }
    }

    /** The account's e-mail address; empty when it has none or Keycloak no longer has the user. */
    public Optional<String> email(UUID userId) {
        try {
            String email = user(userId).toRepresentation().getEmail();
            return email == null || email.isBlank() ? Optional.empty() : Optional.of(email);
        } catch (NotFoundException gone) {
            return Optional.empty();
        }
    }

    private RoleScopeResource realmRoles(UUID userId) {
        return user(userId).roles().realmLevel();
    }

    private UserResource user(UUID userId) {
        return keycloak.realm(realm).users().get(userId.toString());
    }

    private static List<RoleRepresentation> named(List<RoleRepresentation> roles, String name) {
        return roles.stream().filter(role -> name.equals(role.getName())).toList();
    }
}
