package ai.dflux.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Feeds SQL scripts to the {@code mariadb} (or {@code mysql}) command-line client, which understands what JDBC does
 * not: {@code DELIMITER} blocks of routines and triggers, and the dumps' {@code /*!...*}{@code /} comments.
 */
public final class MariaDbClient {

    private static final long TIMEOUT_SECONDS = 300;

    private MariaDbClient() {
    }

    /** {@code mariadb -h -P -u -p [options] database < script}. */
    public static void runScript(MariaDbServer server, String database, Path script, String... options) {
        runPipeline(server, database, List.of("cat", script.toString()), script.toString(), options);
    }

    /**
     * {@code producer | mariadb -h -P -u -p [options] database}, e.g. with a {@code sed} that renames the database
     * a corpus script creates.
     */
    public static void runPipeline(MariaDbServer server, String database, List<String> producer, String what,
            String... options) {
        List<String> client = new ArrayList<>(List.of(Executables.find("mariadb", "mysql").toString(), "-h",
                server.host(), "-P", String.valueOf(server.port()), "-u", server.user(), "-p" + server.password()));
        client.addAll(List.of(options));
        client.add(database);
        Path output = createOutputFile();
        try {
            List<Process> pipeline = ProcessBuilder.startPipeline(List.of(
                    new ProcessBuilder(producer).redirectError(ProcessBuilder.Redirect.appendTo(output.toFile())),
                    new ProcessBuilder(client).redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()))));
            for (Process process : pipeline) {
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    pipeline.forEach(Process::destroyForcibly);
                    throw new IllegalStateException("loading " + what + " took over " + TIMEOUT_SECONDS + " s");
                }
            }
            String log = Files.readString(output, StandardCharsets.UTF_8);
            for (Process process : pipeline) {
                if (process.exitValue() != 0) {
                    throw new IllegalStateException("loading " + what + " into " + database + " failed (exit "
                            + process.exitValue() + "): " + log);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + what + " into " + database, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading " + what, e);
        } finally {
            output.toFile().delete();
        }
    }

    private static Path createOutputFile() {
        try {
            return Files.createTempFile("dflux-mariadb-load-", ".log");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temp file for the client's output", e);
        }
    }
}
