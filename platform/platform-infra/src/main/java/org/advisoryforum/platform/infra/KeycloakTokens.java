package org.advisoryforum.platform.infra;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Access tokens from the local realm by the password grant, for demo data and tests (never production). */
public final class KeycloakTokens {

    public static final String CLIENT_ID = "gateway";
    public static final String CLIENT_SECRET = "gateway-local-secret";
    public static final String DEMO_PASSWORD = "demo-password";

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private KeycloakTokens() {
    }

    /** A token for a demo user of the local realm (they all share {@link #DEMO_PASSWORD}). */
    public static String demoUser(String keycloakBaseUrl, String username) {
        return passwordGrant(keycloakBaseUrl, username, DEMO_PASSWORD);
    }

    public static String passwordGrant(String keycloakBaseUrl, String username, String password) {
        String form = "grant_type=password&client_id=" + enc(CLIENT_ID) + "&client_secret=" + enc(CLIENT_SECRET)
                + "&username=" + enc(username) + "&password=" + enc(password) + "&scope=openid";
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(keycloakBaseUrl + "/realms/" + LocalKeycloak.REALM + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher token = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException("No token for " + username + ": HTTP " + response.statusCode());
            }
            return token.group(1);
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
