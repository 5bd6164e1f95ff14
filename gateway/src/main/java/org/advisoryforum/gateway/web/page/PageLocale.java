package org.advisoryforum.gateway.web.page;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Sets the page's language ({@link PageContext}, chosen by {@link PageFilters}) on every template instance, once,
 * so that no resource has to: message bundles ({@code msg:}, {@code editor:}, {@code member:}) follow it.
 */
@ApplicationScoped
public class PageLocale implements TemplateInstance.Initializer {

    private final PageContext page;

    public PageLocale(PageContext page) {
        this.page = page;
    }

    /** Qute applies the initializers registered on its engine builder to every template instance, checked or not. */
    void install(@Observes EngineBuilder engine) {
        engine.addTemplateInstanceInitializer(this);
    }

    @Override
    public void accept(TemplateInstance instance) {
        if (Arc.container().requestContext().isActive()) {
            instance.setLocale(page.getLocale());
        }
    }
}
