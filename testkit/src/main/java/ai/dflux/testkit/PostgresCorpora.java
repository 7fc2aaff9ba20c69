package ai.dflux.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The corpora's PostgreSQL references (Sakila/Pagila and Chinook), loaded with {@code psql} exactly as
 * {@code shared/corpora/README.md} loads them, stopping at the first error.
 */
public final class PostgresCorpora {

    private static final Pattern OWN_DATABASE = Pattern.compile(
            "^(DROP DATABASE IF EXISTS \\w+;|CREATE DATABASE \\w+;|\\\\c \\w+;)");

    private PostgresCorpora() {
    }

    /** The Sakila reference schema (15 tables, 6 partitions, 7 views, functions, triggers) and its data. */
    public static void loadSakila(PostgresServer server, String database) {
        server.createDatabase(database);
        psql(server, database, Corpora.file("sakila/postgres/postgres-sakila-schema.sql"));
        psql(server, database, Corpora.file("sakila/postgres/postgres-sakila-insert-data-using-copy.sql"));
    }

    /** Chinook's reference ({@code Chinook_PostgreSql.sql}, or another variant of the folder), without its own
     * DROP/CREATE DATABASE and {@code \c} lines. */
    public static void loadChinook(PostgresServer server, String database, String scriptName) {
        server.createDatabase(database);
        psql(server, database, withoutOwnDatabase(Corpora.file("chinook/postgres/" + scriptName)));
    }

    /** Runs a script with psql, stopping at its first error. */
    public static void psql(PostgresServer server, String database, Path script) {
        StringBuilder conninfo = new StringBuilder("host=").append(server.host()).append(" port=")
                .append(server.port()).append(" user=").append(server.superuser()).append(" dbname=")
                .append(database);
        if (!server.password().isEmpty()) {
            conninfo.append(" password='").append(server.password().replace("\\", "\\\\").replace("'", "\\'"))
                    .append('\'');
        }
        ProcessRunner.run(psqlProgram(), "-d", conninfo.toString(), "-q", "-X", "-v", "ON_ERROR_STOP=1", "-f",
                script.toString());
    }

    private static Path withoutOwnDatabase(Path script) {
        try {
            List<String> lines = Files.readAllLines(script, StandardCharsets.UTF_8);
            Path filtered = Files.createTempFile("chinook-", ".sql");
            filtered.toFile().deleteOnExit();
            return Files.write(filtered, lines.stream().filter(line -> !OWN_DATABASE.matcher(line).find()).toList(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot filter " + script, e);
        }
    }

    /** The psql of the newest PostgreSQL under /usr/lib/postgresql, else the one on the PATH. */
    private static String psqlProgram() {
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                List<Path> programs = new ArrayList<>(versions
                        .filter(v -> v.getFileName().toString().matches("\\d+"))
                        .sorted(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())))
                        .map(v -> v.resolve("bin/psql"))
                        .filter(Files::isExecutable)
                        .toList());
                if (!programs.isEmpty()) {
                    return programs.get(programs.size() - 1).toString();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + root, e);
            }
        }
        return "psql";
    }
}
