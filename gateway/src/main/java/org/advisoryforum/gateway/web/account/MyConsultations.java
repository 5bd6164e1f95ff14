package org.advisoryforum.gateway.web.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.advisoryforum.gateway.client.ConsultationStatus;
import org.advisoryforum.gateway.client.ConsultationSummary;
import org.advisoryforum.gateway.client.MemberViews;
import org.advisoryforum.gateway.client.ResponseStatus;

/**
 * A member's consultations: the open ones, those they were invited to first, each with how far they got; and the
 * closed ones they answered, with the way to what came of it.
 */
public record MyConsultations(List<Open> invited, List<Open> alsoOpen, List<Closed> closed) {

    /** How far the member got with an open consultation. */
    public enum Progress {
        NOT_STARTED,
        SAVED,
        SUBMITTED,
        WITHDRAWN
    }

    /**
     * An open consultation. {@code invitation} is forum-service's outcome for this member (INVITED, OVER_LIMIT,
     * QUIET_PERIOD) or null when no invitation round included them (e.g. they joined after it was published).
     */
    public record Open(
            UUID id, String title, Instant closesAt, String invitation, LocalDate quietUntil, Progress progress) {

        public boolean heldBackForQuietPeriod() {
            return "QUIET_PERIOD".equals(invitation);
        }

        public boolean heldBackByLimit() {
            return "OVER_LIMIT".equals(invitation);
        }

        public String progressName() {
            return progress.name();
        }

        /** Where the member carries on: start, continue where they saved, or check what they sent. */
        public String link() {
            return switch (progress) {
                case SAVED -> "/consultations/" + id + "/answer/1";
                case SUBMITTED -> "/consultations/" + id + "/answer/check";
                default -> "/consultations/" + id + "/answer";
            };
        }
    }

    /** A consultation the member answered that has closed. */
    public record Closed(UUID id, String title, Instant submittedAt, boolean outcomePublished) {}

    private static final Set<ConsultationStatus> STILL_OPEN =
            Set.of(ConsultationStatus.OPEN, ConsultationStatus.SCHEDULED);

    public static MyConsultations of(
            List<ConsultationSummary> open,
            List<MemberViews.Invitation> invitations,
            List<MemberViews.MyResponse> responses) {
        Map<UUID, MemberViews.Invitation> invitationOf = invitations.stream()
                .collect(Collectors.toMap(MemberViews.Invitation::consultationId, Function.identity(), (a, b) -> a));
        Map<UUID, MemberViews.MyResponse> responseOf = responses.stream()
                .collect(Collectors.toMap(MemberViews.MyResponse::consultationId, Function.identity(), (a, b) -> a));
        List<Open> invited = new ArrayList<>();
        List<Open> alsoOpen = new ArrayList<>();
        for (ConsultationSummary c : open) {
            MemberViews.Invitation invitation = invitationOf.get(c.id());
            Open row = new Open(
                    c.id(),
                    c.title(),
                    c.closesAt(),
                    invitation == null ? null : invitation.outcome(),
                    invitation == null ? null : invitation.quietUntil(),
                    progress(responseOf.get(c.id())));
            (row.invitation() != null && "INVITED".equals(row.invitation()) ? invited : alsoOpen).add(row);
        }
        Comparator<Open> closingFirst =
                Comparator.comparing(Open::closesAt, Comparator.nullsLast(Comparator.naturalOrder()));
        invited.sort(closingFirst);
        alsoOpen.sort(closingFirst);
        List<Closed> closed = responses.stream()
                .filter(r -> r.status() == ResponseStatus.SUBMITTED && !STILL_OPEN.contains(r.consultationStatus()))
                .sorted(Comparator.comparing(
                        MemberViews.MyResponse::submittedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .map(r -> new Closed(
                        r.consultationId(),
                        r.consultationTitle(),
                        r.submittedAt(),
                        r.consultationStatus() == ConsultationStatus.OUTCOME_PUBLISHED))
                .toList();
        return new MyConsultations(invited, alsoOpen, closed);
    }

    private static Progress progress(MemberViews.MyResponse response) {
        if (response == null) {
            return Progress.NOT_STARTED;
        }
        return response.status() == null
                ? Progress.SAVED
                : switch (response.status()) {
                    case SUBMITTED -> Progress.SUBMITTED;
                    case WITHDRAWN -> Progress.WITHDRAWN;
                    case DRAFT -> Progress.SAVED;
                };
    }
}
