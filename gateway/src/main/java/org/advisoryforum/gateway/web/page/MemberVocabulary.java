package org.advisoryforum.gateway.web.page;

import java.util.List;

/**
 * forum-service's names for what a member brings and needs (its contract names), in the order the forms offer them:
 * the join and profile forms and the staff member search. Their words are in the bundles ({@code perspective_*},
 * {@code region_*}, {@code need_*}).
 */
public final class MemberVocabulary {

    public static final List<String> PERSPECTIVES =
            List.of("LIVED_EXPERIENCE", "CARER", "SOCIAL_WORKER", "STUDENT", "EDUCATOR", "OTHER");

    public static final List<String> REGIONS = List.of(
            "NORTH_EAST",
            "NORTH_WEST",
            "YORKSHIRE_AND_THE_HUMBER",
            "EAST_MIDLANDS",
            "WEST_MIDLANDS",
            "EAST_OF_ENGLAND",
            "LONDON",
            "SOUTH_EAST",
            "SOUTH_WEST",
            "OUTSIDE_ENGLAND");

    public static final List<String> NEEDS = List.of("EASY_READ", "LARGE_PRINT", "BSL", "SCREEN_READER", "OTHER");

    private MemberVocabulary() {}
}
