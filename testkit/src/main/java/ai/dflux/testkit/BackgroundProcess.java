package ai.dflux.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A long-running child process whose output goes to a log file. */
final class BackgroundProcess {

    private final Process process;
    private final Path logFile;

    private BackgroundProcess(Process process, Path logFile) {
        this.process = process;
        this.logFile = logFile;
    }

    /** Starts the command; its stdout and stderr are appended to {@code logFile}. */
    static BackgroundProcess start(List<String> command, Path logFile) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .start();
            return new BackgroundProcess(process, logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start: " + String.join(" ", command), e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Asks the process to end (SIGTERM); if it is still running after {@code grace}, kills it. */
    void stop(Duration grace) {
        process.destroy();
        if (!waitForExit(grace)) {
            kill();
        }
    }

    /** Kills the process (SIGKILL) and waits for it to be gone. */
    void kill() {
        process.destroyForcibly();
        waitForExit(Duration.ofSeconds(30));
    }

    /** The last {@code count} lines of the log, for error messages. */
    String logTail(int count) {
        return LogTail.of(logFile, count);
    }

    private boolean waitForExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
