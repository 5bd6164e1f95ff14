package org.advisoryforum.gateway.web.members;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The staff pages' bundles (MembersMsg, SafeguardingMsg, DeadLettersMsg) each have their whole Welsh. */
public final class WelshBundles {

    private WelshBundles() {}

    /** Every English message of the bundle has a non-blank Welsh one and no Welsh key is stale. */
    public static void assertWelshComplete(Class<?> bundle) throws Exception {
        Set<String> english = Arrays.stream(bundle.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Message.class))
                .map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        String name = bundle.getAnnotation(MessageBundle.class).value();
        Properties welsh = new Properties();
        try (InputStream in = WelshBundles.class.getResourceAsStream("/messages/" + name + "_cy.properties")) {
            assertThat(in).as("messages/" + name + "_cy.properties").isNotNull();
            welsh.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(welsh.stringPropertyNames()).as(name + ": Welsh keys").isEqualTo(english);
        welsh.forEach(
                (key, text) -> assertThat(text.toString()).as("Welsh " + key).isNotBlank());
    }
}
