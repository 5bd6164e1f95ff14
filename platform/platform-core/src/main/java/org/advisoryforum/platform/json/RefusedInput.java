package org.advisoryforum.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A value the platform refuses while reading JSON, with the machine-readable reason and a message for the field. */
public class RefusedInput extends MismatchedInputException {

    private final String code;
    private final String fieldMessage;

    public RefusedInput(JsonParser parser, Class<?> target, String code, String fieldMessage) {
        super(parser, code + ": " + fieldMessage, target);
        this.code = code;
        this.fieldMessage = fieldMessage;
    }

    public String code() {
        return code;
    }

    public String fieldMessage() {
        return fieldMessage;
    }
}
