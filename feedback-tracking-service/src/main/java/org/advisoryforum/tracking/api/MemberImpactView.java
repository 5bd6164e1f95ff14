package org.advisoryforum.tracking.api;

import java.util.List;

/** "My impact": for each of the caller's answers and comments, what became of it. */
public record MemberImpactView(int inputs, int inKeyPoints, int answered, List<OutcomeOfInputView> items) {}
