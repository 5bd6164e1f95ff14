package org.advisoryforum.deploy;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Commands typed into the terminal of {@code ./deploy/run}, so that anyone can try an outage on the running platform
 * by hand: stop and start the broker, SIGKILL a service (the supervisor starts it again), crash and restart
 * PostgreSQL. Returns when the input ends (a launcher started with no terminal just keeps running).
 */
final class FaultConsole {

    private static final String HELP = """
            Commands:
              kafka stop | kafka start      stop or start the Kafka broker (data kept)
              kill <service>                SIGKILL a service; it is started again by itself
              postgres crash                SIGKILL PostgreSQL's postmaster (no clean shutdown)
              postgres start                start PostgreSQL again (crash recovery)
              status                        what is running
            Services: %s""";

    private final LocalStack stack;
    private final InputStream input;
    private final PrintStream out;

    FaultConsole(LocalStack stack, InputStream input, PrintStream out) {
        this.stack = stack;
        this.input = input;
        this.out = out;
    }

    void run() throws Exception {
        BufferedReader lines = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
        String line;
        while ((line = lines.readLine()) != null) {
            try {
                out.println(execute(line.trim().toLowerCase(java.util.Locale.ROOT)));
            } catch (Exception e) {
                out.println("That did not work: " + e.getMessage());
            }
        }
    }

    String execute(String command) throws Exception {
        String[] words = command.split("\\s+");
        return switch (words[0]) {
            case "" -> "";
            case "kafka" ->
                words.length > 1 && words[1].equals("stop")
                        ? stopKafka()
                        : words.length > 1 && words[1].equals("start") ? startKafka() : help();
            case "kill" -> words.length > 1 && stack.serviceNames().contains(words[1]) ? kill(words[1]) : help();
            case "postgres" ->
                words.length > 1 && words[1].equals("crash")
                        ? crashPostgres()
                        : words.length > 1 && words[1].equals("start") ? restartPostgres() : help();
            case "status" -> status();
            default -> help();
        };
    }

    private String stopKafka() {
        stack.stopKafka();
        return "Kafka stopped. Writes still succeed (the outbox keeps them); type \"kafka start\" to bring it back.";
    }

    private String startKafka() {
        stack.startKafka();
        return "Kafka started; the outboxes and consumers catch up by themselves.";
    }

    private String kill(String service) throws Exception {
        int before = stack.restarts(service);
        stack.crashService(service);
        long started = System.nanoTime();
        while (stack.restarts(service) == before) {
            Thread.sleep(100);
        }
        stack.awaitReady(service, Duration.ofSeconds(120));
        return service + " was killed and is ready again after "
                + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms.";
    }

    private String crashPostgres() {
        stack.crashPostgres();
        return "PostgreSQL's postmaster was SIGKILLed; callers get 503 with Retry-After. Type \"postgres start\".";
    }

    private String restartPostgres() throws Exception {
        stack.restartPostgres();
        return "PostgreSQL is back; the services reconnect by themselves.";
    }

    private String status() {
        StringBuilder text = new StringBuilder("Kafka " + (stack.kafkaRunning() ? "running" : "stopped"));
        for (String service : stack.serviceNames()) {
            text.append("\n")
                    .append(service)
                    .append(": restarted ")
                    .append(stack.restarts(service))
                    .append(" times");
        }
        return text.toString();
    }

    private String help() {
        return HELP.formatted(String.join(", ", stack.serviceNames()));
    }
}
