package org.advisoryforum.gateway.client;

/** A service answered 5xx: the page says "try again shortly" (503 with Retry-After), never "not allowed" or "not found". */
public class ServiceUnavailable extends RuntimeException {

    public ServiceUnavailable(int status) {
        super("a service answered " + status, null, false, false);
    }
}
