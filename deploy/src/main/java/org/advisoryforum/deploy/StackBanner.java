package org.advisoryforum.deploy;

import java.nio.file.Path;

/** What the run command prints once everything is healthy. */
final class StackBanner {

    private StackBanner() {}

    static String text(StackPorts ports, long seconds, Path logs) {
        return """

                The Advisory Forum platform is up (%d s).

                  Web site and API     http://localhost:%d
                  OpenAPI (loopback)   http://127.0.0.1:%d/q/openapi (consultations), :%d (forum), :%d (tracking)
                  Keycloak             http://localhost:%d (admin console: admin / admin)
                  Logs                 %s

                Demo logins (password for all: demo-password)
                  amara   forum member, lived experience of social work
                  david   forum member, carer
                  priya   forum member, social worker
                  tom     forum member, lived experience and student
                  grace   forum member, carer and lived experience
                  lena    signed-in applicant, not yet a member
                  sam     regulator staff (moderation queue: /staff/moderation)
                  nia     safeguarding lead (reads the concerns staff flag)
                  ada     admin (and staff)

                Try a fault: type "help" and Enter here (kafka stop/start, kill a service, crash PostgreSQL).
                Press Ctrl-C to stop everything.
                """.formatted(
                        seconds,
                        ports.gateway(),
                        ports.consultationManagement(),
                        ports.forumManagement(),
                        ports.trackingManagement(),
                        ports.keycloak(),
                        logs);
    }
}
