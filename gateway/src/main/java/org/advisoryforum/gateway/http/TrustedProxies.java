package org.advisoryforum.gateway.http;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code X-Forwarded-*} and {@code Forwarded} headers are honoured only from configured proxies. Quarkus ignores them
 * unless {@code quarkus.http.proxy.proxy-address-forwarding} is on, but once on it trusts every sender when
 * {@code quarkus.http.proxy.trusted-proxies} is empty: the gateway refuses to start that way, so a client can never
 * choose its own address (the rate limit's key) or scheme (HSTS, redirect URIs).
 */
@ApplicationScoped
public class TrustedProxies {

    private final boolean forwarding;
    private final Optional<List<String>> trusted;

    public TrustedProxies(
            @ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding", defaultValue = "false")
                    boolean forwarding,
            @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies") Optional<List<String>> trusted) {
        this.forwarding = forwarding;
        this.trusted = trusted;
    }

    void check(@Observes StartupEvent started) {
        if (forwarding && trusted.map(List::isEmpty).orElse(true)) {
            throw new IllegalStateException("quarkus.http.proxy.proxy-address-forwarding is on but no "
                    + "quarkus.http.proxy.trusted-proxies are configured: every client could forge X-Forwarded-* headers. "
                    + "List the proxies' addresses (or CIDRs), or switch forwarding off.");
        }
    }
}
