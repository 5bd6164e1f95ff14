package org.advisoryforum.platform.test.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.Level;
import org.jboss.logmanager.Logger;
import org.jboss.logmanager.formatters.PatternFormatter;

/**
 * The lines one log category writes while it is open, each as the console prints it (the application's
 * {@code quarkus.log.console.format}, with its trace and span ids): {@code try (LogLines lines =
 * LogLines.capture(...)) {...}}.
 */
public final class LogLines implements AutoCloseable {

    private final Logger logger;
    private final java.util.logging.Level level;
    private final ExtHandler handler;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private LogLines(String category, boolean debug) {
        this.logger = Logger.getLogger(category);
        this.level = logger.getLevel();
        PatternFormatter formatter =
                new PatternFormatter(ConfigProvider.getConfig().getValue("quarkus.log.console.format", String.class));
        this.handler = new ExtHandler() {
            @Override
            protected void doPublish(ExtLogRecord record) {
                lines.add(formatter.format(record));
            }
        };
        if (debug) {
            logger.setLevel(Level.DEBUG);
        }
        logger.addHandler(handler);
    }

    /** Captures {@code category}'s lines at its configured level. */
    public static LogLines capture(String category) {
        return new LogLines(category, false);
    }

    /** Captures {@code category}'s lines down to DEBUG, until closed. */
    public static LogLines captureDebug(String category) {
        return new LogLines(category, true);
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** Waits (at most 20 s) until some line satisfies {@code requirements}. */
    public void awaitLine(Consumer<String> requirements) {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(lines).anySatisfy(line -> requirements.accept(line)));
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setLevel(level);
    }
}
