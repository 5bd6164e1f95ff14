package org.advisoryforum.deploy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/** One stack for all end-to-end tests of this JVM: started on first use, stopped when the JVM ends. */
final class TestStack {

    /** The demo's open consultation (deploy/demo/consultation-payment.json), which members answer in the tests. */
    static final String OPEN_DEMO = "Paying people for their involvement: our draft policy";

    private static LocalStack stack;

    private TestStack() {}

    static synchronized LocalStack get() throws Exception {
        if (stack == null) {
            Path root = StackOptions.findRoot(Path.of(System.getProperty("advisoryforum.root", "..")));
            Path data = root.resolve("deploy/target/e2e-stack");
            if (Files.exists(data)) {
                try (var paths = Files.walk(data)) {
                    paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                }
            }
            // many tests from one address: the limit itself is proved in the gateway's RateLimitTest
            System.setProperty(LocalStack.RATE_LIMIT_PROPERTY, "5000");
            stack = LocalStack.start(
                    new StackOptions(root, data, root.resolve("target/local-infra"), StackPorts.free(), true, true));
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "e2e-stack-stop"));
        }
        return stack;
    }

    /** The id of {@link #OPEN_DEMO}, looked up through the gateway's public API. */
    static String openDemoConsultationId() throws Exception {
        java.util.List<String> ids = io.restassured.RestAssured.given()
                .baseUri(get().gatewayUrl())
                .get("/api/consultations?status=open")
                .then()
                .statusCode(200)
                .extract()
                .path("findAll { it.title == '" + OPEN_DEMO + "' }.id");
        return ids.get(0);
    }
}
