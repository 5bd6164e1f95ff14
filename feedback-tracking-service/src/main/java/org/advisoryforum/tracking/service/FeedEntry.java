package org.advisoryforum.tracking.service;

import java.time.Instant;

/** One entry of the public Atom feed: an outcome published or an action's status changed (no staff names). */
public record FeedEntry(String id, String title, String summary, String path, Instant updated) {}
