package ai.dflux.systemtests.bench.executor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The classic copy, and the anchor of the PostgreSQL copy figure: {@code pg_dump <source> | psql <target>} into a
 * fresh, empty database (plain format, schema, rows by COPY, then indexes and constraints; one connection each).
 */
public final class PgDumpRestore {

    public static final String ANCHOR = "pg_dump | psql";

    private final Path logFolder;

    public PgDumpRestore(Path logFolder) {
        this.logFolder = logFolder;
    }

    /** Copies the whole source database into the (existing, empty) target; returns the wall time in seconds. */
    public double copy(PgConnection source, PgConnection target, String label)
            throws IOException, InterruptedException {
        List<String> dump = List.of(PgPrograms.postgres("pg_dump").toString(), "--no-owner", "-d", source.conninfo());
        return Commands.pipeline(List.of(dump, target.psql()), logFolder.resolve("pg_dump-psql-" + label + ".log"));
    }

    /** Copies only the schema ({@code pg_dump --schema-only}), e.g. for a logical replication subscriber. */
    public void copySchema(PgConnection source, PgConnection target, String label)
            throws IOException, InterruptedException {
        List<String> dump = List.of(PgPrograms.postgres("pg_dump").toString(), "--no-owner", "--schema-only", "-d",
                source.conninfo());
        Commands.pipeline(List.of(dump, target.psql()), logFolder.resolve("pg_dump-schema-" + label + ".log"));
    }
}
