package ai.dflux.systemtests.bench.executor;

import ai.dflux.testkit.MariaDbServer;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * Puts the rows of pgbench's tables into MariaDB, exactly: the same four tables with MariaDB's equivalent types and
 * pgbench's primary keys, each filled by {@code COPY ... TO STDOUT} from PostgreSQL into a file and
 * {@code LOAD DATA LOCAL INFILE} from it. PostgreSQL's text format and LOAD DATA's defaults agree (tab between
 * fields, {@code \N} for NULL, backslash escapes), so every value arrives as it was.
 */
public final class MariaDbPgbenchLoader {

    /** pgbench's tables (for scales below 20,000, where the keys are {@code int}) in MariaDB. */
    private static final Map<String, String> TABLES = Map.of(
            "pgbench_accounts", "aid INT NOT NULL, bid INT, abalance INT, filler CHAR(84), PRIMARY KEY (aid)",
            "pgbench_branches", "bid INT NOT NULL, bbalance INT, filler CHAR(88), PRIMARY KEY (bid)",
            "pgbench_tellers", "tid INT NOT NULL, bid INT, tbalance INT, filler CHAR(84), PRIMARY KEY (tid)",
            "pgbench_history", "tid INT, bid INT, aid INT, delta INT, mtime DATETIME(6), filler CHAR(22)");

    private final Path workFolder;

    public MariaDbPgbenchLoader(Path workFolder) {
        this.workFolder = workFolder;
    }

    /** Creates {@code database} on MariaDB afresh and loads it from the pgbench tables of {@code source}. */
    public PgbenchRows load(DataSource source, MariaDbServer mariadb, String database)
            throws SQLException, IOException {
        try (Connection server = mariadbConnection(mariadb, ""); Statement statement = server.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + database + "`");
            statement.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4");
        }
        Files.createDirectories(workFolder);
        try (Connection from = source.getConnection(); Connection to = mariadbConnection(mariadb, database)) {
            for (String table : PgbenchRows.TABLES) {
                copy(from, to, table);
            }
        }
        return PgbenchRows.onMariaDb(mariadb.dataSource(database));
    }

    private void copy(Connection from, Connection to, String table) throws SQLException, IOException {
        Path rows = workFolder.resolve(table + ".tsv");
        try (Writer out = Files.newBufferedWriter(rows, StandardCharsets.UTF_8)) {
            from.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY " + table + " TO STDOUT", out);
        }
        try (Statement statement = to.createStatement()) {
            statement.execute("CREATE TABLE `" + table + "` (" + TABLES.get(table) + ") ENGINE=InnoDB");
            statement.execute("LOAD DATA LOCAL INFILE '" + rows.toAbsolutePath() + "' INTO TABLE `" + table
                    + "` CHARACTER SET utf8mb4");
            statement.execute("ANALYZE TABLE `" + table + "`");
        } finally {
            Files.deleteIfExists(rows);
        }
    }

    private static Connection mariadbConnection(MariaDbServer mariadb, String database) throws SQLException {
        return DriverManager.getConnection(mariadb.jdbcUrl(database) + "?allowLocalInfile=true", mariadb.user(),
                mariadb.password());
    }
}
