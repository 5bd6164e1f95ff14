package org.advisoryforum.consultation.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.advisoryforum.consultation.domain.Consultation;
import org.advisoryforum.consultation.repository.ConsultationRepository;
import org.advisoryforum.platform.problem.ProblemException;

import java.util.UUID;

/** Finding a consultation or answering 404, for every service of this module. */
@ApplicationScoped
public class Consultations {

    private final ConsultationRepository repository;

    public Consultations(ConsultationRepository repository) {
        this.repository = repository;
    }

    public Consultation find(UUID id) {
        return repository.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("There is no consultation " + id + "."));
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
