package org.advisoryforum.gateway.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.gateway.client.ConsultationStatus;
import org.advisoryforum.gateway.client.ConsultationSummary;
import org.advisoryforum.gateway.client.MemberViews;
import org.advisoryforum.gateway.client.ResponseStatus;
import org.junit.jupiter.api.Test;

/** The member pages' own logic, without a server: sorting consultations, the quiet period date. */
class MemberPagesModelTest {

    private static final Instant SOON = Instant.parse("2026-12-01T17:00:00Z");
    private static final Instant LATER = Instant.parse("2026-12-20T17:00:00Z");

    @Test
    void invitedConsultationsComeFirstHeldBackOnesAreAlsoOpenAndProgressDecidesTheLink() {
        UUID invited = UUID.randomUUID();
        UUID quiet = UUID.randomUUID();
        UUID joinedAfter = UUID.randomUUID();
        UUID closedWithOutcome = UUID.randomUUID();
        List<ConsultationSummary> open =
                List.of(summary(quiet, LATER), summary(joinedAfter, SOON), summary(invited, LATER));
        List<MemberViews.Invitation> invitations = List.of(
                new MemberViews.Invitation(invited, "t", LATER, "INVITED", SOON, null),
                new MemberViews.Invitation(quiet, "t", LATER, "QUIET_PERIOD", SOON, LocalDate.of(2027, 3, 3)));
        List<MemberViews.MyResponse> responses = List.of(
                response(invited, "OPEN", "DRAFT"),
                response(joinedAfter, "OPEN", "SUBMITTED"),
                response(closedWithOutcome, "OUTCOME_PUBLISHED", "SUBMITTED"),
                response(UUID.randomUUID(), "CLOSED", "WITHDRAWN"));

        MyConsultations mine = MyConsultations.of(open, invitations, responses);

        assertThat(mine.invited()).extracting(MyConsultations.Open::id).containsExactly(invited);
        assertThat(mine.invited().get(0).progress()).isEqualTo(MyConsultations.Progress.SAVED);
        assertThat(mine.invited().get(0).link()).endsWith("/answer/1");
        assertThat(mine.alsoOpen()).extracting(MyConsultations.Open::id).containsExactly(joinedAfter, quiet);
        assertThat(mine.alsoOpen().get(0).link()).endsWith("/answer/check");
        MyConsultations.Open held = mine.alsoOpen().get(1);
        assertThat(held.heldBackForQuietPeriod()).isTrue();
        assertThat(held.quietUntil()).isEqualTo(LocalDate.of(2027, 3, 3));
        assertThat(held.progress()).isEqualTo(MyConsultations.Progress.NOT_STARTED);
        assertThat(held.link()).endsWith("/answer");
        assertThat(mine.closed()).extracting(MyConsultations.Closed::id).containsExactly(closedWithOutcome);
        assertThat(mine.closed().get(0).outcomePublished()).isTrue();
    }

    @Test
    void aQuietPeriodIsEmptyOrARealDateFromToday() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertThat(quiet("", "", "", today).isSet()).isFalse();
        assertThat(quiet("", "", "", today).hasError()).isFalse();
        assertThat(quiet("3", "3", "2027", today).date()).isEqualTo(LocalDate.of(2027, 3, 3));
        assertThat(quiet("23", "11", "2026", today).date()).isEqualTo(today);
        assertThat(quiet("31", "2", "2027", today).error()).isEqualTo("invalid");
        assertThat(quiet("3", "", "2027", today).error()).isEqualTo("invalid");
        assertThat(quiet("3", "3", "27", today).error()).isEqualTo("invalid");
        assertThat(quiet("22", "11", "2026", today).error()).isEqualTo("past");
        assertThat(QuietPeriodField.of("2027-03-03").day()).isEqualTo("3");
    }

    private static QuietPeriodField quiet(String day, String month, String year, LocalDate today) {
        MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
        form.add("quietUntil-day", day);
        form.add("quietUntil-month", month);
        form.add("quietUntil-year", year);
        return QuietPeriodField.from(form, today);
    }

    private static ConsultationSummary summary(UUID id, Instant closesAt) {
        return new ConsultationSummary(
                id, "Consultation " + id, "summary", "GUIDANCE", ConsultationStatus.OPEN, null, closesAt, null);
    }

    private static MemberViews.MyResponse response(UUID consultationId, String consultationStatus, String status) {
        return new MemberViews.MyResponse(
                UUID.randomUUID(),
                consultationId,
                "Consultation " + consultationId,
                ConsultationStatus.valueOf(consultationStatus),
                LATER,
                ResponseStatus.valueOf(status),
                1,
                SOON,
                "SUBMITTED".equals(status) ? SOON : null,
                null);
    }
}
