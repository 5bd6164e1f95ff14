package org.advisoryforum.gateway.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.eclipse.microprofile.context.ManagedExecutor;

/**
 * Starts a page's service calls at once instead of one after the other: each runs on Quarkus' managed executor with
 * the request's contexts (the caller's identity and token, the page context), and {@link Call#get()} waits for it and
 * throws what the call threw, as if it had been made in place.
 */
@ApplicationScoped
public class Parallel {

    /** A call under way. */
    @FunctionalInterface
    public interface Call<T> {
        T get();
    }

    private final ManagedExecutor executor;

    public Parallel(ManagedExecutor executor) {
        this.executor = executor;
    }

    public <T> Call<T> start(Supplier<T> call) {
        CompletableFuture<T> running = executor.supplyAsync(call);
        return () -> {
            try {
                return running.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        };
    }
}
