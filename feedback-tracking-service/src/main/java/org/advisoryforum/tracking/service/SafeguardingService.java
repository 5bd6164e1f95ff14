package org.advisoryforum.tracking.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.advisoryforum.platform.problem.ProblemException;
import org.advisoryforum.tracking.api.SafeguardingAuditView;
import org.advisoryforum.tracking.api.SafeguardingFlagRequest;
import org.advisoryforum.tracking.api.SafeguardingFlagView;
import org.advisoryforum.tracking.domain.SafeguardingAudit;
import org.advisoryforum.tracking.domain.SafeguardingFlag;
import org.advisoryforum.tracking.domain.TrackedInput;
import org.advisoryforum.tracking.domain.TrackedResponse;
import org.advisoryforum.tracking.repository.SafeguardingAuditRepository;
import org.advisoryforum.tracking.repository.SafeguardingFlagRepository;
import org.advisoryforum.tracking.repository.TrackedInputRepository;
import org.advisoryforum.tracking.repository.TrackedResponseRepository;

/**
 * Safeguarding concerns about answers: kept apart from everything public (no page, export, feed or event reads this
 * table), readable only by the role safeguarding, and every flag raised and every reading of the list audited.
 */
@ApplicationScoped
public class SafeguardingService {

    private final SafeguardingFlagRepository flags;
    private final SafeguardingAuditRepository audit;
    private final TrackedInputRepository inputs;
    private final TrackedResponseRepository responses;
    private final Clock clock;

    public SafeguardingService(
            SafeguardingFlagRepository flags,
            SafeguardingAuditRepository audit,
            TrackedInputRepository inputs,
            TrackedResponseRepository responses,
            Clock clock) {
        this.flags = flags;
        this.audit = audit;
        this.inputs = inputs;
        this.responses = responses;
        this.clock = clock;
    }

    @Transactional
    public SafeguardingFlagView flag(SafeguardingFlagRequest request, String staff) {
        TrackedInput input = inputs.findById(request.inputId());
        if (input == null) {
            throw ProblemException.invalidField(
                    "inputId", "unknown_input", "there is no answer or comment " + request.inputId());
        }
        Instant now = Instant.now(clock);
        SafeguardingFlag flag = new SafeguardingFlag();
        flag.id = UUID.randomUUID();
        flag.inputId = input.id;
        flag.consultationId = input.consultationId;
        flag.responseId = input.responseId;
        flag.concern = request.concern().strip();
        flag.flaggedBy = staff;
        flag.flaggedAt = now;
        flags.persist(flag);
        audit.persist(SafeguardingAudit.of(SafeguardingAudit.Event.FLAGGED, flag.id, staff, now));
        return view(flag, input, responses.findById(input.responseId));
    }

    /** the restricted list; the reading itself is audited */
    @Transactional
    public List<SafeguardingFlagView> flags(String reader) {
        audit.persist(SafeguardingAudit.of(SafeguardingAudit.Event.LISTED, null, reader, Instant.now(clock)));
        List<SafeguardingFlag> all = flags.newestFirst();
        Map<UUID, TrackedInput> byInput = inputs
                .byIds(all.stream().map(f -> f.inputId).distinct().toList())
                .stream()
                .collect(Collectors.toMap(i -> i.id, Function.identity()));
        Map<UUID, TrackedResponse> byResponse =
                responses.byIds(all.stream().map(f -> f.responseId).distinct().toList()).stream()
                        .collect(Collectors.toMap(r -> r.id, Function.identity()));
        return all.stream()
                .map(f -> view(f, byInput.get(f.inputId), byResponse.get(f.responseId)))
                .toList();
    }

    public List<SafeguardingAuditView> audit() {
        return audit.newestFirst().stream()
                .map(a -> new SafeguardingAuditView(a.event.name(), a.flagId, a.actor, a.at))
                .toList();
    }

    /** input and response may be gone (withdrawn): the flag and the concern stay */
    private static SafeguardingFlagView view(SafeguardingFlag f, TrackedInput input, TrackedResponse response) {
        return new SafeguardingFlagView(
                f.id,
                f.inputId,
                f.consultationId,
                f.responseId,
                response == null ? null : response.memberId,
                input == null ? null : input.kind,
                input == null ? null : input.questionKey,
                input == null ? null : input.sectionKey,
                input == null ? null : input.quoteText,
                f.concern,
                f.flaggedBy,
                f.flaggedAt);
    }
}
