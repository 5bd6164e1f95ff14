package org.advisoryforum.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who a person is to the forum, as they told us in their application and keep up to date in their profile.
 * The display name and accessibility needs are personal data: they never leave forum-service.
 */
@Embeddable
public class PersonalDetails {

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Convert(converter = EnumSetConverter.Perspectives.class)
    @Column(nullable = false)
    public Set<Perspective> perspectives = EnumSet.noneOf(Perspective.class);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Region region;

    @Convert(converter = EnumSetConverter.AccessibilityNeeds.class)
    @Column(name = "accessibility_needs", nullable = false)
    public Set<AccessibilityNeed> accessibilityNeeds = EnumSet.noneOf(AccessibilityNeed.class);

    /** Free text for needs the list does not cover. */
    @Column(name = "accessibility_other")
    public String accessibilityOther;

    public static PersonalDetails of(
            String displayName,
            Set<Perspective> perspectives,
            Region region,
            Set<AccessibilityNeed> accessibilityNeeds,
            String accessibilityOther) {
        PersonalDetails details = new PersonalDetails();
        details.displayName = displayName.strip();
        details.perspectives = EnumSet.copyOf(perspectives);
        details.region = region;
        details.accessibilityNeeds = accessibilityNeeds == null || accessibilityNeeds.isEmpty()
                ? EnumSet.noneOf(AccessibilityNeed.class)
                : EnumSet.copyOf(accessibilityNeeds);
        details.accessibilityOther =
                accessibilityOther == null || accessibilityOther.isBlank() ? null : accessibilityOther.strip();
        return details;
    }

    public PersonalDetails copy() {
        return of(displayName, perspectives, region, accessibilityNeeds, accessibilityOther);
    }

    /** Whether what other services see of a member (perspectives and region) differs. */
    public boolean publicPartDiffersFrom(PersonalDetails other) {
        return !perspectives.equals(other.perspectives) || region != other.region;
    }
}
