package org.advisoryforum.gateway.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DatesTest {

    private static final Instant SPRING_MORNING = Instant.parse("2027-03-31T08:30:00Z");

    @Test
    void datesAreShownInLondonTimeInThePagesLanguage() {
        assertThat(Dates.londonDate(SPRING_MORNING, Locale.ENGLISH)).isEqualTo("31 March 2027");
        assertThat(Dates.londonDateTime(SPRING_MORNING, Locale.ENGLISH)).isEqualTo("31 March 2027 at 9:30am");
        assertThat(Dates.londonDate(SPRING_MORNING, PageContext.WELSH)).isEqualTo("31 Mawrth 2027");
        assertThat(Dates.londonDateTime(SPRING_MORNING, PageContext.WELSH)).isEqualTo("31 Mawrth 2027 am 09:30");
    }

    @Test
    void noDateIsShownAsNothing() {
        assertThat(Dates.londonDate(null, Locale.ENGLISH)).isEmpty();
        assertThat(Dates.londonDateTime(null, PageContext.WELSH)).isEmpty();
    }
}
