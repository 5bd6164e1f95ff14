package org.advisoryforum.forum;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A plain TCP relay between forum-service's Keycloak admin client and the real test Keycloak, which a test can cut
 * ({@link #cut()}: open connections are reset and new ones refused, as when Keycloak is down or unreachable) and
 * mend ({@link #mend()}). Nothing is faked: every byte that passes is Keycloak's.
 * <p>
 * One relay per JVM: Quarkus loads test classes in a class loader per application, so every public method runs on
 * the copy of this class in the system class loader (as platform-test's SharedComponents does).
 */
public final class KeycloakLink {

    private static ServerSocket server;
    private static volatile boolean cut;
    private static final Set<Socket> OPEN = ConcurrentHashMap.newKeySet();

    private KeycloakLink() {}

    /** Starts the relay to Keycloak at host:port once; returns the relay's port on 127.0.0.1. */
    public static int open(String host, int port) {
        return (Integer) onSystemCopy("openHere", new Class<?>[] {String.class, int.class}, host, port);
    }

    /** From now on Keycloak cannot be reached through the relay. */
    public static void cut() {
        onSystemCopy("cutHere", new Class<?>[0]);
    }

    /** Keycloak can be reached again. */
    public static void mend() {
        onSystemCopy("mendHere", new Class<?>[0]);
    }

    // ---- called on the system class loader's copy only ----

    public static synchronized Integer openHere(String host, int port) throws IOException {
        if (server == null) {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread.ofPlatform().daemon().name("keycloak-link").start(() -> accept(host, port));
        }
        return server.getLocalPort();
    }

    public static void cutHere() {
        cut = true;
        OPEN.forEach(KeycloakLink::reset);
    }

    public static void mendHere() {
        cut = false;
    }

    private static void accept(String host, int port) {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (cut) {
                    reset(client);
                    continue;
                }
                Socket upstream = new Socket(host, port);
                OPEN.add(client);
                OPEN.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                // a failed connection attempt fails that one request only
            }
        }
    }

    private static void pump(Socket from, Socket to) {
        Thread.ofVirtual().start(() -> {
            try (InputStream in = from.getInputStream();
                    OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // the other side went away, or the link was cut
            } finally {
                close(from);
                close(to);
            }
        });
    }

    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0); // an abortive close: the client sees a reset, as from a dead host
        } catch (IOException e) {
            // closing it is all that matters
        }
        close(socket);
    }

    private static void close(Socket socket) {
        OPEN.remove(socket);
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    private static Object onSystemCopy(String name, Class<?>[] types, Object... arguments) {
        try {
            Class<?> shared = Class.forName(KeycloakLink.class.getName(), true, ClassLoader.getSystemClassLoader());
            return shared.getMethod(name, types).invoke(null, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
