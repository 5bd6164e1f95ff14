package org.advisoryforum.tracking.api;

/** Members' confirmations of an action: "this reflects what we said" / "this misses our point". */
public record TallyView(long reflects, long misses) {}
