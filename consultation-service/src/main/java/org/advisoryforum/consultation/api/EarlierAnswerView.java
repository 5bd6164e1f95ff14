package org.advisoryforum.consultation.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/** One of the member's own earlier answers, offered for "I said this before". */
public record EarlierAnswerView(
        UUID answerId, UUID consultationId, String consultationTitle, String questionText, JsonNode value) {}
