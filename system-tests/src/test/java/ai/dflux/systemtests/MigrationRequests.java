package ai.dflux.systemtests;

import ai.dflux.testkit.Corpora;
import ai.dflux.testkit.MariaDbServer;
import ai.dflux.testkit.PostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;

/** Bodies of {@code POST /api/v1/migrations} for the sources the system tests use. */
public final class MigrationRequests {

    private MigrationRequests() {
    }

    public static Map<String, Object> fromMariaDb(String name, MariaDbServer source, String database,
            PostgresServer target, String targetDatabase) {
        return Map.of("name", name,
                "source", Map.of("dialect", "mariadb", "host", "127.0.0.1", "port", source.port(), "database",
                        database, "username", source.user(), "password", source.password()),
                "target", target(target, targetDatabase), "options", Map.of());
    }

    public static Map<String, Object> fromPostgres(String name, PostgresServer source, String database,
            String targetDatabase) {
        return Map.of("name", name,
                "source", Map.of("dialect", "postgresql", "host", "127.0.0.1", "port", source.port(), "database",
                        database, "username", source.superuser(), "password", passwordOf(source)),
                "target", target(source, targetDatabase), "options", Map.of());
    }

    /**
     * The same request with {@code manualStart}: the Executor leaves the target alone until started through the API,
     * for tests that apply the converted DDL themselves.
     */
    public static Map<String, Object> manualStart(Map<String, Object> request) {
        Map<String, Object> manual = new LinkedHashMap<>(request);
        manual.put("options", Map.of("manualStart", "true"));
        return manual;
    }

    /** An Oracle source, entering as a schema script of the corpora ({@code sakila/oracle/...}). */
    public static Map<String, Object> fromOracleScript(String name, String corpusFile, PostgresServer target,
            String targetDatabase) {
        try {
            String script = Files.readString(Corpora.file(corpusFile), StandardCharsets.UTF_8);
            String scriptName = corpusFile.substring(corpusFile.lastIndexOf('/') + 1);
            return Map.of("name", name,
                    "source", Map.of("dialect", "oracle", "script", script, "scriptName", scriptName),
                    "target", target(target, targetDatabase), "options", Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> target(PostgresServer target, String database) {
        return Map.of("dialect", "postgresql", "host", "127.0.0.1", "port", target.port(), "database", database,
                "username", target.superuser(), "password", passwordOf(target));
    }

    /** The registry wants a password; a server that trusts local connections ignores whatever is given. */
    private static String passwordOf(PostgresServer server) {
        return server.password().isEmpty() ? "trusted" : server.password();
    }
}
