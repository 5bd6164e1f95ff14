package org.advisoryforum.forum.client;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.advisoryforum.forum.domain.Notification;
import org.advisoryforum.forum.service.NotificationWords;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends a digest by e-mail when that is switched on (off by default: the inbox always works without it).
 * The address is read from Keycloak at sending time, outside any database transaction; forum-service never stores it. The messages are worded in English
 * ({@link NotificationWords}): forum-service does not know a member's language.
 */
@ApplicationScoped
public class DigestMailer {

    private final boolean enabled;
    private final Mailer mailer;
    private final KeycloakAccounts keycloak;

    public DigestMailer(
            @ConfigProperty(name = "forum.digest.email.enabled", defaultValue = "false") boolean enabled,
            Mailer mailer,
            KeycloakAccounts keycloak) {
        this.enabled = enabled;
        this.mailer = mailer;
        this.keycloak = keycloak;
    }

    public boolean enabled() {
        return enabled;
    }

    /**
     * Where a digest to this member goes: the account's address, read from Keycloak (no database transaction may be
     * open: the caller reads it before its own); empty when e-mail delivery is off or the account has no address. A
     * Keycloak that cannot be reached throws, and the caller retries later.
     */
    public Optional<String> address(UUID memberId) {
        return enabled ? keycloak.email(memberId) : Optional.empty();
    }

    public void send(String address, List<Notification> notifications) {
        mailer.send(Mail.withText(
                address,
                "Your Advisory Forum digest: " + notifications.size() + " new "
                        + (notifications.size() == 1 ? "message" : "messages"),
                notifications.stream()
                                .map(NotificationWords::english)
                                .map(n -> n.title() + "\n" + n.body())
                                .collect(Collectors.joining("\n\n"))
                        + "\n\nRead them all in your inbox on the forum website."));
    }
}
