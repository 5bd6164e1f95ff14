package org.advisoryforum.deploy;

import org.advisoryforum.platform.infra.FreePorts;

/** The ports of one running stack; the defaults are the fixed dev ports listed in the README. */
public record StackPorts(int gateway, int consultation, int forum, int tracking, int keycloak, int postgres, int kafka) {

    public static StackPorts defaults() {
        return new StackPorts(8080, 8081, 8082, 8083, 8180, 5433, 9092);
    }

    /** Free ports, for a test stack that must not collide with a developer's running stack. */
    public static StackPorts free() {
        return new StackPorts(FreePorts.find(), FreePorts.find(), FreePorts.find(), FreePorts.find(), FreePorts.find(),
                FreePorts.find(), FreePorts.find());
    }
}
