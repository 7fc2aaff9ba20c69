package ai.dflux.systemtests.bench.compatibility;

import ai.dflux.testkit.MariaDbServer;
import ai.dflux.testkit.PostgresServer;

/** A tool under measurement: migrates one MariaDB database, schema and data, into one empty PostgreSQL database. */
public interface MigrationTool {

    /** How the report names the tool, e.g. {@code pgloader 3.6.7}. */
    String name();

    /** How the tool was run, one or two sentences for the report. */
    String method();

    /** Migrates {@code sourceDatabase} into the existing, empty {@code targetDatabase} and says where it wrote. */
    MigratedDatabase migrate(MariaDbServer source, String sourceDatabase, PostgresServer target,
            String targetDatabase) throws Exception;
}
