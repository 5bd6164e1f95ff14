package org.advisoryforum.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** "My impact": each of the member's answers and what became of it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MemberImpact(int inputs, int inKeyPoints, int answered, List<InputOutcome> items) {}
