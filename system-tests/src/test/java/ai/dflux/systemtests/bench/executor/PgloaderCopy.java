package ai.dflux.systemtests.bench.executor;

import ai.dflux.systemtests.bench.compatibility.MigratedDatabase;
import ai.dflux.systemtests.bench.compatibility.PgloaderMigration;
import ai.dflux.testkit.MariaDbServer;
import ai.dflux.testkit.PostgresServer;
import java.nio.file.Path;

/**
 * The anchor of the MariaDB copy figure: pgloader with its defaults, run exactly as the compatibility benchmark runs
 * it ({@link PgloaderMigration}: {@code pgloader mysql://... postgresql://...}, schema and rows), timed from start to
 * exit.
 */
public final class PgloaderCopy {

    /** One timed run, with pgloader's remarks (exit code, errors it logged). */
    public record Timed(double seconds, MigratedDatabase migrated) {
    }

    private final PgloaderMigration pgloader;

    private PgloaderCopy(PgloaderMigration pgloader) {
        this.pgloader = pgloader;
    }

    public static PgloaderCopy installed(Path logFolder) throws Exception {
        return new PgloaderCopy(PgloaderMigration.installed(logFolder));
    }

    /** {@code pgloader 3.6.7~devel (defaults)} */
    public String name() {
        return pgloader.name() + " (defaults)";
    }

    public Timed copy(MariaDbServer source, String sourceDatabase, PostgresServer target, String targetDatabase)
            throws Exception {
        long start = System.nanoTime();
        MigratedDatabase migrated = pgloader.migrate(source, sourceDatabase, target, targetDatabase);
        return new Timed((System.nanoTime() - start) / 1e9, migrated);
    }
}
