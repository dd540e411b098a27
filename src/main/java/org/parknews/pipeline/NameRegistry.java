package org.parknews.pipeline;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Which input owns each record file name, so two inputs whose ids clash cannot overwrite each
 * other's record: the second is reported as a duplicate instead.
 */
final class NameRegistry {
    private final ConcurrentHashMap<String, String> owners = new ConcurrentHashMap<>();

    /** Claims {@code name} for {@code input}; returns the other owner when it is taken, else null. */
    String claim(String name, String input) {
        String owner = owners.putIfAbsent(name, input);
        return owner == null || owner.equals(input) ? null : owner;
    }

    /** Gives a name back, when its input no longer produces it. */
    void release(String name, String input) {
        owners.remove(name, input);
    }
}
