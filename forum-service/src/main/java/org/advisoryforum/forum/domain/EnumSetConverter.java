package org.advisoryforum.forum.domain;

import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a small set of enum values as one comma-separated column, in declaration order. */
abstract class EnumSetConverter<E extends Enum<E>> implements AttributeConverter<Set<E>, String> {

    private final Class<E> type;

    EnumSetConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(Set<E> values) {
        if (values == null || values.isEmpty()) {
            return "";
        }
        return EnumSet.copyOf(values).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<E> convertToEntityAttribute(String column) {
        EnumSet<E> values = EnumSet.noneOf(type);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(","))
                    .map(name -> Enum.valueOf(type, name))
                    .forEach(values::add);
        }
        return values;
    }

    @jakarta.persistence.Converter
    public static class Perspectives extends EnumSetConverter<Perspective> {
        public Perspectives() {
            super(Perspective.class);
        }
    }

    @jakarta.persistence.Converter
    public static class AccessibilityNeeds extends EnumSetConverter<AccessibilityNeed> {
        public AccessibilityNeeds() {
            super(AccessibilityNeed.class);
        }
    }
}
