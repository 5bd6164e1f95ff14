package org.advisoryforum.tracking.service;

import java.util.UUID;

/** An answer or comment, wherever tracking learnt of it (a response or a key point). */
public record InputRef(UUID inputId, UUID consultationId, String kind, String questionKey, String sectionKey) {}
