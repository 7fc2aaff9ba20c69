package ai.dflux.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The last lines of a server's log, to put in the exception when it does not start. */
final class LogTail {

    private LogTail() {
    }

    static String of(Path logFile, int count) {
        try {
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            List<String> tail = lines.subList(Math.max(0, lines.size() - count), lines.size());
            return logFile + " (last " + tail.size() + " lines):" + System.lineSeparator()
                    + String.join(System.lineSeparator(), tail);
        } catch (IOException | UncheckedIOException e) {
            return "(log " + logFile + " unreadable: " + e.getMessage() + ")";
        }
    }
}
