package org.advisoryforum.tracking.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.advisoryforum.tracking.api.MyDataView;
import org.advisoryforum.tracking.domain.QuoteModeration;
import org.advisoryforum.tracking.domain.TrackedInput;
import org.advisoryforum.tracking.domain.TrackedMember;
import org.advisoryforum.tracking.domain.TrackedResponse;
import org.advisoryforum.tracking.repository.ConfirmationRepository;
import org.advisoryforum.tracking.repository.DifferenceAnswerRepository;
import org.advisoryforum.tracking.repository.QuoteModerationRepository;
import org.advisoryforum.tracking.repository.TrackedInputRepository;
import org.advisoryforum.tracking.repository.TrackedMemberRepository;
import org.advisoryforum.tracking.repository.TrackedResponseRepository;

/** "Download my data", tracking's part: read only for the caller's own member id; safeguarding flags are not read. */
@ApplicationScoped
public class MyDataService {

    private final TrackedMemberRepository members;
    private final TrackedResponseRepository responses;
    private final TrackedInputRepository inputs;
    private final QuoteModerationRepository moderation;
    private final ConfirmationRepository confirmations;
    private final DifferenceAnswerRepository differences;
    private final MemberImpactService impact;
    private final Clock clock;

    public MyDataService(
            TrackedMemberRepository members,
            TrackedResponseRepository responses,
            TrackedInputRepository inputs,
            QuoteModerationRepository moderation,
            ConfirmationRepository confirmations,
            DifferenceAnswerRepository differences,
            MemberImpactService impact,
            Clock clock) {
        this.differences = differences;
        this.members = members;
        this.responses = responses;
        this.inputs = inputs;
        this.moderation = moderation;
        this.confirmations = confirmations;
        this.impact = impact;
        this.clock = clock;
    }

    public MyDataView of(UUID memberId) {
        List<TrackedResponse> own = responses.ofMember(memberId).stream()
                .sorted(Comparator.comparing(
                        (TrackedResponse r) -> r.submittedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        List<TrackedInput> ownInputs = own.isEmpty()
                ? List.of()
                : inputs.ofResponses(own.stream().map(r -> r.id).toList());
        Map<UUID, QuoteModeration> moderated = ownInputs.isEmpty()
                ? Map.of()
                : moderation.byIds(ownInputs.stream().map(i -> i.id).toList()).stream()
                        .collect(Collectors.toMap(m -> m.inputId, Function.identity()));
        Map<UUID, List<TrackedInput>> byResponse = ownInputs.stream().collect(Collectors.groupingBy(i -> i.responseId));
        List<MyDataView.TrackedResponse> tracked = own.stream()
                .map(r -> new MyDataView.TrackedResponse(
                        r.id,
                        r.consultationId,
                        r.perspectives,
                        r.region,
                        r.useInStatistics,
                        r.attribution,
                        r.submittedAt,
                        byResponse.getOrDefault(r.id, List.of()).stream()
                                .map(i -> input(i, moderated.get(i.id)))
                                .toList()))
                .toList();
        List<MyDataView.Confirmation> verdicts = confirmations.ofMember(memberId).stream()
                .map(c -> new MyDataView.Confirmation(c.actionId, c.verdict, c.comment, c.updatedAt))
                .toList();
        MyDataView.Member member =
                members.findByIdOptional(memberId).map(MyDataService::member).orElse(null);
        List<MyDataView.Difference> answered = differences.ofMember(memberId).stream()
                .map(d -> new MyDataView.Difference(d.actionId, d.answer, d.comment, d.answeredAt))
                .toList();
        return new MyDataView(clock.instant(), member, tracked, verdicts, answered, impact.impact(memberId));
    }

    private static MyDataView.Input input(TrackedInput i, QuoteModeration m) {
        MyDataView.Moderation decided = m == null
                ? null
                : new MyDataView.Moderation(
                        m.status,
                        m.reason,
                        m.redactions.stream()
                                .map(r -> new MyDataView.Redaction(r.start, r.end, r.reason))
                                .toList(),
                        m.queuedAt,
                        m.decidedAt);
        return new MyDataView.Input(i.id, i.kind, i.questionKey, i.sectionKey, i.quoteText, decided);
    }

    private static MyDataView.Member member(TrackedMember m) {
        return new MyDataView.Member(
                m.perspectives, m.region, m.quoteConsent, m.displayName, m.useInStatistics, m.updatedAt);
    }
}
