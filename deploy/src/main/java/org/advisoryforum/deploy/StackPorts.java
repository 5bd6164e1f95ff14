package org.advisoryforum.deploy;

import org.advisoryforum.platform.infra.FreePorts;

/**
 * The ports of one running stack; the defaults are the fixed dev ports listed in the README. Each service's
 * management interface (health, metrics, OpenAPI) has its own port, bound to loopback like the services themselves.
 */
public record StackPorts(
        int gateway,
        int consultation,
        int forum,
        int tracking,
        int keycloak,
        int postgres,
        int kafka,
        int keycloakManagement,
        int kafkaController,
        int gatewayManagement,
        int consultationManagement,
        int forumManagement,
        int trackingManagement) {

    private static final int COUNT = 13;

    public static StackPorts defaults() {
        return new StackPorts(8080, 8081, 8082, 8083, 8180, 5433, 9092, 9000, 9093, 9080, 9081, 9082, 9083);
    }

    /**
     * Free ports, all different, for a test stack that must not collide with a developer's running stack. Every port
     * the stack binds is chosen here, so no component can take one promised to another before that one starts.
     */
    public static StackPorts free() {
        java.util.Set<Integer> ports = new java.util.LinkedHashSet<>();
        while (ports.size() < COUNT) {
            ports.add(FreePorts.find());
        }
        Integer[] p = ports.toArray(new Integer[0]);
        return new StackPorts(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9], p[10], p[11], p[12]);
    }
}
