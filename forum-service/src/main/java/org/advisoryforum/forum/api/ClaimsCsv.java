package org.advisoryforum.forum.api;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.advisoryforum.forum.service.ClaimService;
import org.advisoryforum.platform.text.SafeText;

/** RFC 4180 CSV of claims; cells that a spreadsheet would run as a formula are defused. */
final class ClaimsCsv {

    private static final String HEADER = "claimId,memberId,displayName,activityId,type,amount,status,submittedAt,"
            + "decidedAt,paidAt,description,decisionReason";

    private ClaimsCsv() {}

    static String of(List<ClaimService.NamedClaim> claims) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (ClaimService.NamedClaim named : claims) {
            ClaimView c = named.claim();
            csv.append(Stream.of(
                                    c.id(),
                                    c.memberId(),
                                    named.displayName(),
                                    c.activityId(),
                                    c.type(),
                                    c.amount().toPlainString(),
                                    c.status(),
                                    c.submittedAt(),
                                    c.decidedAt(),
                                    c.paidAt(),
                                    c.description(),
                                    c.decisionReason())
                            .map(value -> cell(value == null ? "" : Objects.toString(value)))
                            .collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        return csv.toString();
    }

    /** RFC 4180 cell with formula defusing and no control characters, shared with every CSV the platform writes */
    static String cell(String value) {
        return SafeText.csvCell(value);
    }
}
