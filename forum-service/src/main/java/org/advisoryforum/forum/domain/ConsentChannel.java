package org.advisoryforum.forum.domain;

/** How a version of a member's consent came about: kept with every version, never changed. */
public enum ConsentChannel {
    /** the starting choices when the member joined (contact by e-mail as chosen in the application) */
    JOINING,
    /** the member changed them on their account page */
    ACCOUNT_PAGE,
    /** the member changed them through the API directly */
    API,
    /** a version kept before the channel was recorded */
    UNRECORDED
}
