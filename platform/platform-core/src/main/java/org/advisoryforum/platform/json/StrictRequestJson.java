package org.advisoryforum.platform.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * Quarkus REST reads every request body with this mapper: the application's ObjectMapper plus the
 * {@link StrictJson} rules. Only request bodies are input; events and stored JSON keep the application's mapper.
 */
@Provider
public class StrictRequestJson implements ContextResolver<ObjectMapper> {

    private final ObjectMapper strict;

    public StrictRequestJson(ObjectMapper application) {
        this.strict = StrictJson.apply(application.copy());
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return strict;
    }
}
