package org.parknews.extract;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kinds of named entity a record lists. */
public enum EntityType {
    PARK, PERSON, COMPANY;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
