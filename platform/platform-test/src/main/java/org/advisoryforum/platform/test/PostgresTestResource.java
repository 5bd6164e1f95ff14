package org.advisoryforum.platform.test;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A real PostgreSQL for {@code @QuarkusTest}s: started once per JVM (data under {@code target/test-infra},
 * deleted at JVM exit) and shared by every test class.
 *
 * <pre>{@code @QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "forum"))}</pre>
 *
 * Returns {@code quarkus.datasource.jdbc.url}, {@code quarkus.datasource.username} and
 * {@code quarkus.datasource.password}. The database (init arg {@code database}, default {@code app})
 * is created when missing. {@link #stop()} does nothing: the server stops with the JVM.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE_ARG = "database";
    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        String configured = initArgs.get(DATABASE_ARG);
        if (configured != null && !configured.isBlank()) {
            database = configured;
        }
    }

    @Override
    public Map<String, String> start() {
        return SharedComponents.call("postgres", new Class<?>[] {String.class}, database);
    }

    @Override
    public void stop() {
        // shared by all tests of this JVM; a shutdown hook stops it
    }
}
