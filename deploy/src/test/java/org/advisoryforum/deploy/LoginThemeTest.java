package org.advisoryforum.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The realm's login theme as shipped: chosen by the realm, both languages complete, the gateway's GOV.UK CSS. */
class LoginThemeTest {

    private static final Path THEME = ProductionFiles.root().resolve("deploy/keycloak/themes/advisory-forum/login");

    @Test
    void theRealmSignsInWithTheThemeInEnglishAndWelsh() throws IOException {
        JsonNode realm = new ObjectMapper().readTree(ProductionFiles.read("deploy/keycloak/advisory-forum-realm.json"));
        assertThat(realm.path("loginTheme").asText()).isEqualTo("advisory-forum");
        assertThat(realm.path("internationalizationEnabled").asBoolean()).isTrue();
        assertThat(realm.path("supportedLocales").toString()).isEqualTo("[\"en\",\"cy\"]");
        assertThat(realm.path("defaultLocale").asText()).isEqualTo("en");
        Properties theme = properties(THEME.resolve("theme.properties"));
        assertThat(theme.getProperty("locales")).isEqualTo("en,cy");
        for (String page : List.of("template.ftl", "login.ftl", "error.ftl", "logout-confirm.ftl")) {
            assertThat(THEME.resolve(page)).isRegularFile();
        }
    }

    @Test
    void everyEnglishWordHasAWelshOne() throws IOException {
        Properties english = properties(THEME.resolve("messages/messages_en.properties"));
        Properties welsh = properties(THEME.resolve("messages/messages_cy.properties"));
        assertThat(welsh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(welsh.getProperty("doLogIn")).isEqualTo("Mewngofnodi");
        assertThat(english.getProperty("doLogIn")).isEqualTo("Sign in");
        // MessageFormat would swallow a straight apostrophe: the bundles use ’
        for (Properties bundle : List.of(english, welsh)) {
            bundle.forEach(
                    (key, value) -> assertThat(value.toString()).as("%s", key).doesNotContain("'"));
        }
    }

    @Test
    void theThemeServesTheGatewaysGovukFrontendCss() throws IOException {
        Properties webjar = new Properties();
        try (InputStream in = resource("META-INF/maven/org.webjars.npm/govuk-frontend/pom.properties")) {
            webjar.load(in);
        }
        String css = "META-INF/resources/webjars/govuk-frontend/" + webjar.getProperty("version")
                + "/dist/govuk/govuk-frontend.min.css";
        try (InputStream in = resource(css)) {
            assertThat(Files.readAllBytes(THEME.resolve("resources/css/govuk-frontend.min.css")))
                    .as("the theme's copy of %s (copy it again after bumping govuk-frontend)", css)
                    .isEqualTo(in.readAllBytes());
        }
        assertThat(ProductionFiles.read("gateway/src/main/resources/templates/layout.html"))
                .contains("/webjars/govuk-frontend/" + webjar.getProperty("version")
                        + "/dist/govuk/govuk-frontend.min.css");
    }

    private static InputStream resource(String name) {
        InputStream in = LoginThemeTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        return in;
    }

    private static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
