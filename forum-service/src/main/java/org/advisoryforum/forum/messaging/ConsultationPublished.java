package org.advisoryforum.forum.messaging;

import java.time.Instant;
import java.util.UUID;

/** The part of consultation.lifecycle.v1 'published' that the forum needs to invite members. */
public record ConsultationPublished(UUID consultationId, String title, String audience, Instant closesAt) {}
