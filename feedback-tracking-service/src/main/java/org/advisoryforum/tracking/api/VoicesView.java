package org.advisoryforum.tracking.api;

import java.util.Map;

/**
 * How many distinct people stand behind something and with which perspectives (a person may have several), e.g.
 * summary "14 voices: 9 with lived experience, 3 carers, 2 social workers". On public pages byPerspective counts
 * only members who allowed their data to be used in statistics; total counts everyone.
 */
public record VoicesView(int total, Map<String, Integer> byPerspective, String summary) {}
