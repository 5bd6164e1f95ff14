package org.advisoryforum.gateway.web.page;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Locale;

/** What every page needs about the request: its language, who is looking, and the form token. */
@Named("page")
@RequestScoped
public class PageContext {

    public static final Locale WELSH = Locale.forLanguageTag("cy");

    // Accessed only through methods: callers hold a CDI client proxy, whose own fields are not this request's.
    private Locale locale = Locale.ENGLISH;
    private PageUser user = new PageUser(false, null, false, false, false, false);
    private String csrfToken = "";
    private boolean newCsrfToken;
    private boolean languageChosen;
    private String here;

    void set(Locale locale, boolean languageChosen, PageUser user, String csrfToken, boolean newCsrfToken) {
        this.locale = locale;
        this.languageChosen = languageChosen;
        this.user = user;
        this.csrfToken = csrfToken;
        this.newCsrfToken = newCsrfToken;
    }

    /** The page being shown (a GET's path and query), so that signing in from it comes back to it. */
    void here(String rawPath, String rawQuery) {
        this.here = rawQuery == null || rawQuery.isEmpty() ? rawPath : rawPath + "?" + rawQuery;
    }

    /** The sign-in link: {@code /login?to=} this page, or {@code /login} from the home page or a form's answer. */
    public String getSignInHref() {
        if (here == null || here.equals("/") || !SignInReturn.isLocal(here)) {
            return "/login";
        }
        return "/login?to=" + java.net.URLEncoder.encode(here, java.nio.charset.StandardCharsets.UTF_8);
    }

    boolean isLanguageChosen() {
        return languageChosen;
    }

    boolean isNewCsrfToken() {
        return newCsrfToken;
    }

    public Locale getLocale() {
        return locale;
    }

    public String getLang() {
        return locale.getLanguage();
    }

    public boolean isWelsh() {
        return WELSH.getLanguage().equals(locale.getLanguage());
    }

    public PageUser getUser() {
        return user;
    }

    public String getCsrfToken() {
        return csrfToken;
    }
}
