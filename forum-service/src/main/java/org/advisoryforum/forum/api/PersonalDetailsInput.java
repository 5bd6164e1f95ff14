package org.advisoryforum.forum.api;

import java.util.Set;
import org.advisoryforum.forum.domain.AccessibilityNeed;
import org.advisoryforum.forum.domain.PersonalDetails;
import org.advisoryforum.forum.domain.Perspective;
import org.advisoryforum.forum.domain.Region;

/** The personal details an application and a profile both carry. */
public interface PersonalDetailsInput {

    String displayName();

    Set<Perspective> perspectives();

    Region region();

    Set<AccessibilityNeed> accessibilityNeeds();

    String accessibilityOther();

    default PersonalDetails toDetails() {
        return PersonalDetails.of(displayName(), perspectives(), region(), accessibilityNeeds(), accessibilityOther());
    }
}
