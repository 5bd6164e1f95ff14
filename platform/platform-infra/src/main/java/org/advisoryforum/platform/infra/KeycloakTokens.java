package org.advisoryforum.platform.infra;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Tokens from the local realm's token endpoint, for demo data and tests (never production): the password grant on
 * the public API client {@code forum-cli}, which only a local realm allows ({@link LocalRealm}; the shipped realm
 * gives API clients the device grant, and the gateway client no password grant at all).
 */
public final class KeycloakTokens {

    public static final String CLIENT_ID = LocalRealm.API_CLIENT;
    public static final String DEMO_PASSWORD = "demo-password";
    /** The bootstrap admin of the master realm that {@link LocalKeycloak} creates (local use only). */
    public static final String LOCAL_ADMIN = "admin";

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private KeycloakTokens() {}

    /** A token for a demo user of the local realm (they all share {@link #DEMO_PASSWORD}). */
    public static String demoUser(String keycloakBaseUrl, String username) {
        return passwordGrant(keycloakBaseUrl, username, DEMO_PASSWORD);
    }

    public static String passwordGrant(String keycloakBaseUrl, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", CLIENT_ID);
        form.put("username", username);
        form.put("password", password);
        form.put("scope", "openid");
        return accessToken(request(keycloakBaseUrl, form), username);
    }

    /** A token of the master realm's bootstrap admin (admin/admin of a local Keycloak), for the Admin API in tests. */
    public static String localAdmin(String keycloakBaseUrl) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", "admin-cli");
        form.put("username", LOCAL_ADMIN);
        form.put("password", LOCAL_ADMIN);
        return accessToken(request(keycloakBaseUrl, "master", form), LOCAL_ADMIN);
    }

    private static String accessToken(String answer, String who) {
        Matcher token = ACCESS_TOKEN.matcher(answer);
        if (!token.find()) {
            throw new IllegalStateException("No access token for " + who);
        }
        return token.group(1);
    }

    /** Posts {@code form} to the realm's token endpoint and returns the JSON answer; fails unless 200. */
    public static String request(String keycloakBaseUrl, Map<String, String> form) {
        return request(keycloakBaseUrl, LocalKeycloak.REALM, form);
    }

    private static String request(String keycloakBaseUrl, String realm, Map<String, String> form) {
        String base = keycloakBaseUrl.endsWith("/")
                ? keycloakBaseUrl.substring(0, keycloakBaseUrl.length() - 1)
                : keycloakBaseUrl;
        URI endpoint = URI.create(base + "/realms/" + realm + "/protocol/openid-connect/token");
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(endpoint)
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "Token request for " + form.getOrDefault("username", form.get("client_id")) + " at " + endpoint
                                + " failed: HTTP " + response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak at " + keycloakBaseUrl + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking Keycloak for a token", e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
