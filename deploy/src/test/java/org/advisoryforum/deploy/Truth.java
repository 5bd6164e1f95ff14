package org.advisoryforum.deploy;

import static io.restassured.RestAssured.given;
import static org.advisoryforum.deploy.FaultMember.State;
import static org.advisoryforum.deploy.FaultMember.Status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.advisoryforum.platform.test.Tokens;

/**
 * consultation-service's database is the truth; tracking's read model (each submitted response and its inputs) and
 * forum's involvement ledger (one entry per submitted response) must equal it exactly, read from their own databases.
 */
final class Truth {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalStack stack;
    private final UUID consultation;

    Truth(LocalStack stack, String consultationId) {
        this.stack = stack;
        this.consultation = UUID.fromString(consultationId);
    }

    /** Waits until nothing differs; the differences still left at the deadline otherwise. */
    List<String> awaitConverged(List<FaultMember> members, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        List<String> differences;
        do {
            try {
                differences = differences(members);
            } catch (SQLException e) {
                differences = List.of("a database did not answer: " + e.getMessage());
            }
            if (differences.isEmpty()) {
                return differences;
            }
            Thread.sleep(250);
        } while (System.nanoTime() < deadline);
        return differences;
    }

    List<String> differences(List<FaultMember> members) throws SQLException {
        List<String> differences = new ArrayList<>();
        Map<UUID, Integer> submitted = counts("consultation", """
                select r.id, (select count(*) from answer a where a.response_id = r.id)
                           + (select count(*) from section_comment c where c.response_id = r.id)
                from response r where r.consultation_id = ? and r.status = 'SUBMITTED'""");
        Map<UUID, Integer> tracked = counts("tracking", """
                select r.id, (select count(*) from tracked_input i where i.response_id = r.id)
                from tracked_response r where r.consultation_id = ?""");
        Map<UUID, Integer> ledger = counts("forum", """
                select response_id, count(*) from involvement
                where consultation_id = ? and response_id is not null group by response_id""");
        compare("tracking's read model (inputs per response)", submitted, tracked, differences);
        Map<UUID, Integer> oncePerResponse = new HashMap<>();
        submitted.keySet().forEach(id -> oncePerResponse.put(id, 1));
        compare("forum's involvement ledger (entries per response)", oncePerResponse, ledger, differences);
        Map<UUID, State> held = heldStates();
        for (FaultMember member : members) {
            State state = held.getOrDefault(member.id, new State(Status.NONE, null));
            if (!state.equals(member.acknowledged)) {
                differences.add(member.username + ": consultation-service holds " + state + ", acknowledged was "
                        + member.acknowledged);
            }
        }
        return differences;
    }

    private static void compare(
            String what, Map<UUID, Integer> truth, Map<UUID, Integer> copy, List<String> differences) {
        int lost = 0;
        int extra = 0;
        int wrong = 0;
        for (Map.Entry<UUID, Integer> entry : truth.entrySet()) {
            Integer counted = copy.get(entry.getKey());
            if (counted == null) {
                lost++;
            } else if (!counted.equals(entry.getValue())) {
                wrong++;
            }
        }
        for (UUID id : copy.keySet()) {
            if (!truth.containsKey(id)) {
                extra++;
            }
        }
        if (lost + extra + wrong > 0) {
            differences.add(what + ": " + lost + " lost, " + extra + " not in the truth, " + wrong
                    + " counted differently (of " + truth.size() + " submitted responses)");
        }
    }

    private Map<UUID, Integer> counts(String database, String sql) throws SQLException {
        Map<UUID, Integer> counts = new TreeMap<>();
        try (Connection db = connect(database);
                PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, consultation);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getObject(1, UUID.class), rows.getInt(2));
                }
            }
        }
        return counts;
    }

    private Map<UUID, State> heldStates() throws SQLException {
        Map<UUID, State> states = new HashMap<>();
        try (Connection db = connect("consultation");
                PreparedStatement query = db.prepareStatement("""
                select r.member_id, r.status, a.value_json from response r
                left join answer a on a.response_id = r.id and a.question_key = 'p2'
                where r.consultation_id = ?""")) {
            query.setObject(1, consultation);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    states.put(
                            rows.getObject(1, UUID.class),
                            new State(Status.valueOf(rows.getString(2)), text(rows.getString(3))));
                }
            }
        }
        return states;
    }

    private static String text(String json) {
        try {
            return json == null || JSON.readTree(json).isNull()
                    ? null
                    : JSON.readTree(json).asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every dead letter the three services list to staff. */
    List<String> deadLetters() {
        String token = Tokens.accessToken(stack.keycloakUrl(), "sam");
        List<String> letters = new ArrayList<>();
        for (String service : List.of("consultations", "forum", "tracking")) {
            List<Object> listed = given().baseUri(stack.gatewayUrl())
                    .auth()
                    .oauth2(token)
                    .get("/api/" + service + "/dead-letters")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("$");
            listed.forEach(letter -> letters.add(service + ": " + letter));
        }
        return letters;
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(stack.jdbcUrl(database), stack.databaseUsername(), stack.databasePassword());
    }
}
