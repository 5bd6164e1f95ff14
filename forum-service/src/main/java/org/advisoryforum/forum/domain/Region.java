package org.advisoryforum.forum.domain;

/** England's regions, plus everyone else (contract names). */
public enum Region {
    NORTH_EAST,
    NORTH_WEST,
    YORKSHIRE_AND_THE_HUMBER,
    EAST_MIDLANDS,
    WEST_MIDLANDS,
    EAST_OF_ENGLAND,
    LONDON,
    SOUTH_EAST,
    SOUTH_WEST,
    OUTSIDE_ENGLAND
}
