package org.advisoryforum.consultation.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.advisoryforum.consultation.api.MyDataView;
import org.advisoryforum.consultation.domain.Consultation;
import org.advisoryforum.consultation.domain.MemberSnapshot;
import org.advisoryforum.consultation.domain.Question;
import org.advisoryforum.consultation.domain.Response;
import org.advisoryforum.consultation.repository.MemberSnapshotRepository;
import org.advisoryforum.consultation.repository.QuestionRepository;
import org.advisoryforum.consultation.repository.ResponseRepository;

/** "Download my data", consultation-service's part: read only for the caller's own member id. */
@ApplicationScoped
public class MyDataService {

    private final ResponseRepository responses;
    private final Consultations consultations;
    private final QuestionRepository questions;
    private final MemberSnapshotRepository members;
    private final Clock clock;

    public MyDataService(
            ResponseRepository responses,
            Consultations consultations,
            QuestionRepository questions,
            MemberSnapshotRepository members,
            Clock clock) {
        this.responses = responses;
        this.consultations = consultations;
        this.questions = questions;
        this.members = members;
        this.clock = clock;
    }

    public MyDataView of(Author author) {
        UUID memberId = author.memberId();
        List<Response> own = responses.ofMember(memberId).stream()
                .sorted(Comparator.comparing((Response r) -> r.updatedAt).reversed())
                .toList();
        Map<UUID, Consultation> byId =
                consultations.withIds(own.stream().map(r -> r.consultationId).toList());
        List<MyDataView.MyResponse> mine =
                own.stream().map(r -> response(r, byId.get(r.consultationId))).toList();
        MyDataView.Member member =
                members.findByIdOptional(memberId).map(MyDataService::member).orElse(null);
        return new MyDataView(clock.instant(), member, mine);
    }

    private MyDataView.MyResponse response(Response r, Consultation consultation) {
        Map<String, String> asked = questions.forConsultation(r.consultationId).stream()
                .collect(Collectors.toMap(q -> q.key, (Question q) -> q.text, (a, b) -> a));
        return new MyDataView.MyResponse(
                r.id,
                r.consultationId,
                consultation == null ? null : consultation.title,
                r.status,
                r.attribution,
                r.provenance,
                r.createdAt,
                r.updatedAt,
                r.submittedAt,
                r.withdrawnAt,
                r.answers.stream()
                        .map(a -> new MyDataView.MyAnswer(
                                a.id,
                                a.questionKey,
                                asked.get(a.questionKey),
                                AnswerValues.read(a.valueJson),
                                a.linkedAnswerId))
                        .toList(),
                r.sectionComments.stream()
                        .map(c -> new MyDataView.MyComment(c.id, c.sectionKey, c.text))
                        .toList());
    }

    private static MyDataView.Member member(MemberSnapshot m) {
        return new MyDataView.Member(
                m.perspectiveList(), m.region, m.quoteConsent, m.useInStatistics, m.displayName, m.leftAt, m.updatedAt);
    }
}
