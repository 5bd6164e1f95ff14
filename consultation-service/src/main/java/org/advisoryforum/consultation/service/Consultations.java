package org.advisoryforum.consultation.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.advisoryforum.consultation.domain.Consultation;
import org.advisoryforum.consultation.repository.ConsultationRepository;
import org.advisoryforum.platform.problem.ProblemException;

/** Finding a consultation or answering 404, for every service of this module. */
@ApplicationScoped
public class Consultations {

    private final ConsultationRepository repository;

    public Consultations(ConsultationRepository repository) {
        this.repository = repository;
    }

    public Consultation find(UUID id) {
        return repository
                .findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("There is no consultation " + id + "."));
    }

    /** Those of the given ids that exist, by id. */
    public Map<UUID, Consultation> withIds(Collection<UUID> ids) {
        return ids.isEmpty()
                ? Map.of()
                : repository.list("id in ?1", Set.copyOf(ids)).stream()
                        .collect(Collectors.toMap(c -> c.id, Function.identity()));
    }

    /** As the public and members may see it: published only. */
    public Consultation findPublished(UUID id) {
        Consultation consultation = find(id);
        if (!consultation.status.isPublished()) {
            throw ProblemException.notFound("There is no consultation " + id + ".");
        }
        return consultation;
    }
}
