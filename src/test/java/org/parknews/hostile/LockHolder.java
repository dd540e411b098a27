package org.parknews.hostile;

import java.nio.file.Path;
import java.time.Duration;
import org.parknews.pipeline.OutputLock;

/** A child process for the lock tests: takes the output folder's lock, says so, and sleeps until killed. */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        OutputLock lock = OutputLock.acquire(Path.of(args[0]), Duration.ZERO);
        System.out.println("locked " + ProcessHandle.current().pid());
        System.out.flush();
        Thread.sleep(Duration.ofMinutes(5).toMillis());
        lock.close();
    }
}
