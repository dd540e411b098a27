package org.parknews.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The program version, filtered into a resource by Maven so it is right in tests and in the jar. */
public final class Version {
    private static final String VERSION = load();

    private Version() {
    }

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("/parknews.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
