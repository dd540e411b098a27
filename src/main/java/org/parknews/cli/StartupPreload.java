package org.parknews.cli;

import org.parknews.record.RecordJson;
import org.parknews.text.DictionaryPreload;

/**
 * What every segmenting command needs whatever its arguments — HanLP's dictionaries, then
 * Jackson's record serializer — loaded on a second core while the main thread parses the
 * command line and builds the rule tables, so a one-article run does not pay for them in turn.
 */
final class StartupPreload {
    private StartupPreload() {
    }

    /** Starts the load on a daemon thread: a command that ends early (usage error, help) does not wait for it. */
    static void start() {
        Thread t = new Thread(StartupPreload::load, "parknews-preload");
        t.setDaemon(true);
        t.start();
    }

    private static void load() {
        try {
            DictionaryPreload.load();
            RecordJson.preload();
        } catch (RuntimeException e) {
            // The pipeline loads the same things itself and reports the failure where it happens.
        }
    }
}
