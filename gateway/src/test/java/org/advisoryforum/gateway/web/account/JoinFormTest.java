package org.advisoryforum.gateway.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.List;
import java.util.Map;
import org.advisoryforum.gateway.client.Requests;
import org.junit.jupiter.api.Test;

class JoinFormTest {

    @Test
    void anApplicationIsSentAsTypedWithTheEmailAnswerAsYesOrNoOrMissing() {
        MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
        form.add("displayName", "  Jo  ");
        form.add("why", "To be heard");
        form.addAll("perspectives", List.of("CARER", "STUDENT"));
        form.add("region", "LONDON");
        form.add("contactByEmail", "no");

        Requests.Application body = JoinForm.from(form).body();

        assertThat(body)
                .isEqualTo(new Requests.Application(
                        "Jo", "To be heard", List.of("CARER", "STUDENT"), "LONDON", List.of(), null, false));
        assertThat(JoinForm.empty().body().contactByEmail()).isNull();
        assertThat(JoinForm.empty().body().region()).isNull();
    }

    @Test
    void theServicesRefusalsBecomeOneMessagePerFieldInTheOrderOfTheForm() {
        Map<String, String> errors = JoinForm.errors(Map.of(
                "region", "must not be null", "perspectives[]", "bad value", "displayName", "must not be blank"));

        assertThat(errors)
                .containsExactly(
                        Map.entry("displayName", "mp_join_error_displayName"),
                        Map.entry("perspectives", "mp_join_error_perspectives"),
                        Map.entry("region", "mp_join_error_region"));
        assertThat(JoinForm.errors(Map.of())).containsExactly(Map.entry("displayName", "mp_join_error_other"));
    }
}
