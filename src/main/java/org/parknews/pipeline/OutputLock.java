package org.parknews.pipeline;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;

/**
 * One run at a time per output folder: an exclusive OS lock on {@code OUT/_lock} (a run-owned file, so its name starts with _), held for the
 * whole run, with the holder's pid, host and start time written inside so a second run can say
 * who is in its way.
 *
 * <p>The lock is the kernel's ({@code flock}/{@code fcntl} through {@link FileChannel#tryLock}),
 * not the file's existence: when the holding process dies in any way, SIGKILL and power loss
 * included, the kernel drops the lock with the process's open files, so a stale lock needs no
 * detection heuristics (no pid checks that a recycled pid could fool): the next run simply gets
 * it and overwrites the old holder text. The file is never deleted, because deleting it would
 * let two runs lock two different files of the same name. Locks on network file systems are
 * only as reliable as the file system's lock support.
 */
public final class OutputLock implements AutoCloseable {
    public static final String FILE = "_lock";
    private static final long POLL_MILLIS = 200;

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the folder's lock (creating the folder), waiting up to {@code wait} while another run
     * holds it; {@link Duration#ZERO} fails at once with {@link OutputLockedException}.
     */
    public static OutputLock acquire(Path dir, Duration wait) throws IOException, InterruptedException {
        Path file = dir.resolve(FILE);
        FileChannel channel;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new IOException("cannot create output folder " + dir + " or its lock file: " + e, e);
        }
        try {
            long deadline = System.nanoTime() + Math.min(wait.toNanos(), Long.MAX_VALUE / 2);
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    writeHolder(channel);
                    return new OutputLock(channel, lock);
                }
                if (System.nanoTime() - deadline >= 0) {
                    throw new OutputLockedException("output folder " + dir + " is in use by another parknews run ("
                            + holder(file) + "); two runs on one output would interleave. Wait for it to finish, "
                            + "or pass --wait to wait for it");
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The holder text of the folder's lock file, as the running run wrote it. */
    static String holder(Path lockFile) {
        try {
            String text = Files.readString(lockFile, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "holder unknown" : text;
        } catch (IOException e) {
            return "holder unknown";
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // Another run in this same JVM holds it (the kernel lock is per process, Java tracks threads' share).
            return null;
        }
    }

    private static void writeHolder(FileChannel channel) throws IOException {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                host = "unknown host";
            }
        }
        String text = "pid " + ProcessHandle.current().pid() + " on " + host + ", started " + Instant.now() + "\n";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
