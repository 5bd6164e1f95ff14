package org.advisoryforum.consultation.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.UUID;

/** What staff read: the response with its pseudonymous author and their perspectives. */
public record StaffResponseView(
        @JsonUnwrapped ResponseView response, UUID memberId, List<String> perspectives, String recordedBy) {}
