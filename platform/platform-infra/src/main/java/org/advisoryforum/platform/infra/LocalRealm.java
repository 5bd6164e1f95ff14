package org.advisoryforum.platform.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The shipped realm, adapted for a local stack or a test before import: never in production.
 * <ul>
 *   <li>the {@code gateway} client's exact redirect and post-logout URIs name the gateway ports in use (the shipped
 *       realm names port 8080; tests run the gateway on random ports), on {@code localhost} and {@code 127.0.0.1};</li>
 *   <li>the public API client {@code forum-cli} also allows the password grant, so scripts, demo data and tests get
 *       tokens without a browser (the shipped realm gives it the device grant only).</li>
 * </ul>
 */
public final class LocalRealm {

    public static final String GATEWAY_CLIENT = "gateway";
    public static final String API_CLIENT = "forum-cli";
    /** Where quarkus-oidc in the gateway receives the code ({@code quarkus.oidc.authentication.redirect-path}). */
    public static final String GATEWAY_CALLBACK = "/signed-in";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LocalRealm() {}

    /** {@code realmJson} adapted; with no {@code gatewayPorts} the shipped redirect URIs stay as they are. */
    public static String adapt(String realmJson, List<Integer> gatewayPorts) {
        try {
            JsonNode realm = JSON.readTree(realmJson);
            for (JsonNode client : realm.path("clients")) {
                String id = client.path("clientId").asText();
                if (API_CLIENT.equals(id)) {
                    ((ObjectNode) client).put("directAccessGrantsEnabled", true);
                }
                if (GATEWAY_CLIENT.equals(id) && !gatewayPorts.isEmpty()) {
                    ArrayNode redirects = ((ObjectNode) client).putArray("redirectUris");
                    List<String> logouts = new ArrayList<>();
                    for (int port : gatewayPorts) {
                        for (String host : List.of("localhost", "127.0.0.1")) {
                            redirects.add("http://" + host + ":" + port + GATEWAY_CALLBACK);
                            logouts.add("http://" + host + ":" + port + "/");
                        }
                    }
                    ObjectNode attributes = client.has("attributes")
                            ? (ObjectNode) client.get("attributes")
                            : ((ObjectNode) client).putObject("attributes");
                    attributes.put("post.logout.redirect.uris", String.join("##", logouts));
                    ((ObjectNode) client).put("baseUrl", logouts.get(0)); // the sign-in pages' link home
                }
            }
            return JSON.writeValueAsString(realm);
        } catch (IOException e) {
            throw new UncheckedIOException("the realm file is not valid JSON", e);
        }
    }
}
