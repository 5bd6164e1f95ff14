package org.advisoryforum.consultation.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;

/** A consultation with its current draft and its questions. */
public record ConsultationDetailView(@JsonUnwrapped ConsultationView consultation, int draftVersion,
                                     List<SectionView> sections, List<QuestionView> questions) {
}
