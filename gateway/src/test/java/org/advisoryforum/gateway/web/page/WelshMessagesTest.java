package org.advisoryforum.gateway.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.advisoryforum.gateway.web.account.InboxMsg;
import org.advisoryforum.gateway.web.account.MemberMsg;
import org.advisoryforum.gateway.web.difference.DifferenceMsg;
import org.advisoryforum.gateway.web.editor.EditorMsg;
import org.advisoryforum.gateway.web.moderation.ModerationMsg;
import org.advisoryforum.gateway.web.worth.WorthMsg;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A missing Welsh message would silently fall back to English: every English message must have its Welsh. */
class WelshMessagesTest {

    /** Quarkus 3.34 generates a resolver that fails at start-up (VerifyError) for a bundle of more than 300 messages. */
    private static final int LARGEST_WORKING_BUNDLE = 300;

    @ParameterizedTest
    @ValueSource(
            classes = {
                Msg.class,
                EditorMsg.class,
                MemberMsg.class,
                ModerationMsg.class,
                InboxMsg.class,
                DifferenceMsg.class,
                WorthMsg.class
            })
    void everyMessageHasAWelshTranslationAndNoWelshKeyIsStale(Class<?> bundle) throws IOException {
        Set<String> english = Arrays.stream(bundle.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Message.class))
                .map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        String name = bundle.getAnnotation(MessageBundle.class).value();
        Properties welsh = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages/" + name + "_cy.properties")) {
            assertThat(in).as("messages/" + name + "_cy.properties").isNotNull();
            welsh.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> missing = new TreeSet<>(english);
        missing.removeAll(welsh.stringPropertyNames());
        Set<String> stale = new TreeSet<>(welsh.stringPropertyNames());
        stale.removeAll(english);

        assertThat(missing).as("English messages without Welsh").isEmpty();
        assertThat(stale).as("Welsh messages no English one has").isEmpty();
        welsh.forEach(
                (key, text) -> assertThat(text.toString()).as("Welsh " + key).isNotBlank());
        assertThat(english).as("messages in one bundle").hasSizeLessThanOrEqualTo(LARGEST_WORKING_BUNDLE);
    }
}
