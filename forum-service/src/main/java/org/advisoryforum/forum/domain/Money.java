package org.advisoryforum.forum.domain;

import java.math.BigDecimal;
import org.advisoryforum.platform.problem.ProblemException;

/** Pounds and pence at the edge (a decimal with at most two places), whole pence inside. Never floating point. */
public final class Money {

    private Money() {}

    public static long toPence(String field, BigDecimal pounds) {
        if (pounds.signum() <= 0) {
            throw ProblemException.invalidField(field, "must be more than £0.00");
        }
        if (pounds.stripTrailingZeros().scale() > 2) {
            throw ProblemException.invalidField(field, "must be in whole pence (at most two decimal places)");
        }
        return pounds.movePointRight(2).longValueExact();
    }

    public static BigDecimal toPounds(long pence) {
        return BigDecimal.valueOf(pence, 2);
    }
}
