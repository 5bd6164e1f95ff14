package org.advisoryforum.consultation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

public record QuestionsRequest(@NotNull @Size(max = 100) List<@NotNull @Valid QuestionRequest> questions) {}
