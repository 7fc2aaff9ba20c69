package ai.dflux.testkit;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a short command to its end; a non-zero exit is an exception that carries the command's output. */
public final class ProcessRunner {

    private static final long TIMEOUT_SECONDS = 180;

    private ProcessRunner() {
    }

    /** Runs the command and returns its output (stdout and stderr together). */
    public static String run(String... command) {
        return run(List.of(command));
    }

    /** Runs the command and returns its output (stdout and stderr together). */
    public static String run(List<String> command) {
        Path output = createOutputFile();
        try {
            Process process = launch(command, output);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out after " + TIMEOUT_SECONDS + " s: " + String.join(" ", command)
                        + System.lineSeparator() + read(output));
            }
            String text = read(output);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("Exit code " + process.exitValue() + " from: " + String.join(" ", command)
                        + System.lineSeparator() + text);
            }
            return text;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running: " + String.join(" ", command), e);
        } finally {
            deleteQuietly(output);
        }
    }

    /**
     * Output goes to a file, not a pipe: nothing has to drain it while we wait, and a daemon the command leaves
     * behind (pg_ctl start) cannot keep us waiting for the pipe to close.
     */
    private static Process launch(List<String> command, Path output) {
        try {
            return new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start: " + String.join(" ", command), e);
        }
    }

    private static Path createOutputFile() {
        try {
            return Files.createTempFile("dflux-command-", ".out");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temp file for a command's output", e);
        }
    }

    private static String read(Path output) {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(output unreadable: " + e.getMessage() + ")";
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover file in the temp dir is harmless
        }
    }
}
