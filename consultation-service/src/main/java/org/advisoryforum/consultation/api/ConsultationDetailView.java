package org.advisoryforum.consultation.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * A consultation with its current draft and its questions; {@code askedBeforeAnyAnswer}: the keys of the questions
 * asked of someone who has answered nothing yet (those asked only after a certain answer are not), in order. Once a
 * member has saved answers, their response's {@code askedQuestionKeys} says which are asked.
 */
public record ConsultationDetailView(
        @JsonUnwrapped ConsultationView consultation,
        int draftVersion,
        List<SectionView> sections,
        List<QuestionView> questions,
        List<String> askedBeforeAnyAnswer) {}
