package ai.dflux.systemtests.bench.executor;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command, or a pipeline of commands, to its end with all output in one log file, and tells how long it took;
 * a non-zero exit of any part is an error that quotes the end of the log.
 */
public final class Commands {

    private static final long TIMEOUT_MINUTES = 60;

    private Commands() {
    }

    /** Runs {@code command}, output to {@code log}; returns its wall time in seconds. */
    public static double run(List<String> command, Path log) throws IOException, InterruptedException {
        return pipeline(List.of(command), log);
    }

    /** Runs {@code first | second | ...}, every output and error to {@code log}; returns the wall time in seconds. */
    public static double pipeline(List<List<String>> commands, Path log) throws IOException, InterruptedException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        Files.writeString(log, "$ " + describe(commands) + System.lineSeparator(), StandardCharsets.UTF_8);
        List<ProcessBuilder> builders = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            ProcessBuilder builder = new ProcessBuilder(commands.get(i))
                    .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
            if (i == 0) {
                builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            }
            if (i == commands.size() - 1) {
                builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            }
            builders.add(builder);
        }
        long start = System.nanoTime();
        List<Process> processes = ProcessBuilder.startPipeline(builders);
        for (Process process : processes) {
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                processes.forEach(Process::destroyForcibly);
                throw new IllegalStateException(describe(commands) + " took over " + TIMEOUT_MINUTES + " minutes; see "
                        + log);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        for (int i = 0; i < processes.size(); i++) {
            if (processes.get(i).exitValue() != 0) {
                throw new IllegalStateException(commands.get(i).get(0) + " exited with " + processes.get(i).exitValue()
                        + " in: " + describe(commands) + System.lineSeparator() + tail(log));
            }
        }
        return seconds;
    }

    /** The log's last lines, for error messages. */
    public static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "--- " + log + System.lineSeparator()
                    + String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(log " + log + " unreadable: " + e + ")";
        }
    }

    private static String describe(List<List<String>> commands) {
        return String.join(" | ", commands.stream().map(command -> String.join(" ", command)).toList());
    }
}
