package org.advisoryforum.forum.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.advisoryforum.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class MemberTest {

    private final LocalDate today = LocalDate.parse("2026-11-23");

    private Member member() {
        return Member.join(
                UUID.randomUUID(),
                PersonalDetails.of("Amara", Set.of(Perspective.LIVED_EXPERIENCE), Region.NORTH_WEST, Set.of(), null),
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void aMemberIsInvitedUntilTheirMonthlyLimitIsReached() {
        Member m = member();
        m.maxInvitationsPerMonth = 2;
        assertThat(m.invitationOutcome(1, today)).isEqualTo(Invitation.Outcome.INVITED);
        assertThat(m.invitationOutcome(2, today)).isEqualTo(Invitation.Outcome.OVER_LIMIT);
        m.maxInvitationsPerMonth = null;
        assertThat(m.invitationOutcome(40, today)).isEqualTo(Invitation.Outcome.INVITED);
    }

    @Test
    void aQuietPeriodHoldsInvitationsBackUntilItsLastDay() {
        Member m = member();
        m.quietUntil = today.plusDays(1);
        assertThat(m.invitationOutcome(0, today)).isEqualTo(Invitation.Outcome.QUIET_PERIOD);
        assertThat(m.invitationOutcome(0, today.plusDays(1))).isEqualTo(Invitation.Outcome.INVITED);
    }

    @Test
    void someoneWhoSaidTwiceItWasNotWorthItIsInvitedOnceIn30DaysUnlessTheyKeepInvitationsAsUsual() {
        Member m = member();
        assertThat(m.invitationOutcome(0, today, true)).isEqualTo(Invitation.Outcome.INVITED);
        assertThat(m.invitationOutcome(1, today, true)).isEqualTo(Invitation.Outcome.NOT_WORTH_IT);
        assertThat(m.invitationOutcome(1, today, false)).isEqualTo(Invitation.Outcome.INVITED);
        // their own limit and quiet period still come first, with their own reasons
        m.maxInvitationsPerMonth = 1;
        assertThat(m.invitationOutcome(1, today, true)).isEqualTo(Invitation.Outcome.OVER_LIMIT);
        m.maxInvitationsPerMonth = null;
        m.keepInvitingAsUsual = true;
        assertThat(m.invitationOutcome(5, today, true)).isEqualTo(Invitation.Outcome.INVITED);
    }

    @Test
    void aMemberPastTheirTermOrWhoLeftIsNotServing() {
        Member m = member();
        assertThat(m.isServing(today)).isTrue();
        m.setTerm(today.minusYears(2), today.minusDays(1), null, Position.MEMBER);
        assertThat(m.isServing(today)).isFalse();
        Member leaver = member();
        leaver.leave(Instant.now(), today);
        assertThat(leaver.isServing(today)).isFalse();
        assertThatThrownBy(() -> leaver.leave(Instant.now(), today)).isInstanceOf(ProblemException.class);
    }

    @Test
    void onlyPerspectivesAndRegionArePublicChanges() {
        PersonalDetails before = member().details;
        PersonalDetails renamed = before.copy();
        renamed.displayName = "Someone else";
        renamed.accessibilityNeeds = EnumSet.of(AccessibilityNeed.BSL);
        assertThat(renamed.publicPartDiffersFrom(before)).isFalse();
        renamed.region = Region.LONDON;
        assertThat(renamed.publicPartDiffersFrom(before)).isTrue();
    }

    @Test
    void moneyIsWholePence() {
        assertThat(Money.toPence("amount", new BigDecimal("12.50"))).isEqualTo(1250);
        assertThat(Money.toPence("amount", new BigDecimal("7.000"))).isEqualTo(700);
        assertThat(Money.toPounds(1999)).isEqualByComparingTo("19.99").hasToString("19.99");
        assertThatThrownBy(() -> Money.toPence("amount", new BigDecimal("0.005")))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> Money.toPence("amount", new BigDecimal("-1"))).isInstanceOf(ProblemException.class);
    }
}
