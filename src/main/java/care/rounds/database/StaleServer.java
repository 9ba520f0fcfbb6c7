package care.rounds.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL left running on the data folder by an application that was killed (kill -9, a crash):
 * its process id is the first line of {@code postmaster.pid}. It is asked to shut down (SIGTERM, a
 * clean shutdown: its clients died with the application) before a new server starts on the folder;
 * otherwise the new start fails.
 */
final class StaleServer {

    private static final Logger log = LoggerFactory.getLogger(StaleServer.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(60);

    private StaleServer() {
    }

    /** Stops a server still running on the folder; returns its process id if there was one. */
    static Optional<Long> stopIfRunning(Path dataDir) throws IOException {
        Optional<ProcessHandle> server = runningOn(dataDir);
        if (server.isEmpty()) {
            return Optional.empty();
        }
        long pid = server.get().pid();
        log.warn("A PostgreSQL (process {}) left running by an earlier start of Rounds still holds {}; stopping it.",
                pid, dataDir);
        server.get().destroy();
        try {
            server.get().onExit().get(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception notYet) {
            throw new IOException("The PostgreSQL left running on " + dataDir + " (process " + pid
                    + ") did not stop within " + SHUTDOWN_WAIT.toSeconds() + " s; stop it with kill " + pid, notYet);
        }
        log.info("The earlier PostgreSQL (process {}) shut down cleanly.", pid);
        return Optional.of(pid);
    }

    /** The live postgres process named in the folder's postmaster.pid, if any. */
    static Optional<ProcessHandle> runningOn(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).strip());
        } catch (NumberFormatException notAPid) {
            return Optional.empty();
        }
        // a reused process id belongs to some other program: leave it alone, PostgreSQL itself
        // then recognises the pid file as stale
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
    }
}
