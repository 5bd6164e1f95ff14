package org.advisoryforum.consultation.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.advisoryforum.consultation.domain.Answer;
import org.advisoryforum.consultation.domain.MemberSnapshot;
import org.advisoryforum.consultation.domain.Question;
import org.advisoryforum.consultation.domain.QuestionType;
import org.advisoryforum.consultation.domain.Response;
import org.advisoryforum.consultation.repository.ResponseRepository;
import org.advisoryforum.platform.outbox.Outbox;

/**
 * consultation.response.v1. Words travel only when their author allowed quoting; no name travels (consumers take the
 * name of a named quote from forum.member.v1). Choices and scale values are not words and always travel. The payload
 * records hold strings, not domain types (contract: platform-contracts, contracts/consultation.response.v1/).
 */
@ApplicationScoped
public class ResponseEvents {

    public static final String TOPIC = "consultation.response.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Outbox outbox;
    private final ResponseRepository responses;

    public ResponseEvents(Outbox outbox, ResponseRepository responses) {
        this.outbox = outbox;
        this.responses = responses;
    }

    public void submitted(Response response, List<Question> questions, MemberSnapshot member) {
        outbox.publish(TOPIC, "submitted", 1, response.consultationId.toString(), payload(response, questions, member));
    }

    public void amended(Response response, List<Question> questions, MemberSnapshot member) {
        outbox.publish(TOPIC, "amended", 1, response.consultationId.toString(), payload(response, questions, member));
    }

    public void withdrawn(Response response) {
        outbox.publish(
                TOPIC,
                "withdrawn",
                1,
                response.consultationId.toString(),
                new Withdrawn(response.consultationId, response.id, response.memberId, response.withdrawnAt));
    }

    private Submitted payload(Response r, List<Question> questions, MemberSnapshot member) {
        Map<String, Question> byKey = questions.stream().collect(Collectors.toMap(q -> q.key, Function.identity()));
        boolean quotable = r.attribution.allowsQuoting();
        List<AnswerPayload> answers = r.answers.stream()
                .map(a -> {
                    Question q = byKey.get(a.questionKey);
                    boolean words = q != null && q.type == QuestionType.FREE_TEXT;
                    JsonNode value = words && !quotable ? null : value(a);
                    return new AnswerPayload(
                            a.id,
                            a.questionKey,
                            q == null ? null : LifecycleEvents.name(q.type),
                            q == null ? null : q.sectionKey,
                            value,
                            a.linkedAnswerId != null);
                })
                .toList();
        List<CommentPayload> comments = r.sectionComments.stream()
                .map(c -> new CommentPayload(c.id, c.sectionKey, quotable ? c.text : null))
                .toList();
        return new Submitted(
                r.consultationId,
                r.id,
                r.memberId,
                member == null ? List.of() : member.perspectiveList(),
                member == null ? null : member.region,
                member != null && member.useInStatistics,
                LifecycleEvents.name(r.attribution),
                LifecycleEvents.name(r.provenance),
                r.submittedAt,
                r.updatedAt,
                answers,
                comments);
    }

    private JsonNode value(Answer answer) {
        String json = answer.linkedAnswerId == null
                ? answer.valueJson
                : responses.answer(answer.linkedAnswerId).map(a -> a.valueJson).orElse(null);
        try {
            return json == null ? null : JSON.readTree(json);
        } catch (Exception e) {
            return null;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Submitted(
            UUID consultationId,
            UUID responseId,
            UUID memberId,
            List<String> perspectives,
            String region,
            boolean useInStatistics,
            String attribution,
            String provenance,
            Instant submittedAt,
            Instant updatedAt,
            List<AnswerPayload> answers,
            List<CommentPayload> sectionComments) {}

    /** value is null for words whose author did not allow quoting. */
    public record AnswerPayload(
            UUID answerId,
            String questionKey,
            String questionType,
            String sectionKey,
            JsonNode value,
            boolean saidBefore) {}

    public record CommentPayload(UUID commentId, String sectionKey, String text) {}

    public record Withdrawn(UUID consultationId, UUID responseId, UUID memberId, Instant withdrawnAt) {}
}
