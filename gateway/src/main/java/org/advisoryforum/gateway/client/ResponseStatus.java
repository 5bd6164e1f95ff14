package org.advisoryforum.gateway.client;

import io.quarkus.qute.TemplateEnum;

/** Where a member's response stands. */
@TemplateEnum
public enum ResponseStatus {
    DRAFT,
    SUBMITTED,
    WITHDRAWN
}
