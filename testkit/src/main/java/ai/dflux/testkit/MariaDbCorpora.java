package ai.dflux.testkit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the MySQL versions of the Sakila and Chinook corpora into a MariaDB database of any name, with the
 * {@code mariadb} client exactly as {@code shared/corpora/README.md} does, then analyzes their tables so the catalog
 * has row estimates.
 *
 * <pre>{@code
 * MariaDbCorpora.loadSakila(mariadb, "corpus_sakila");
 * }</pre>
 */
public final class MariaDbCorpora {

    private MariaDbCorpora() {
    }

    /** Sakila's schema (16 tables, 7 views, routines and triggers) and data, into {@code database}. */
    public static void loadSakila(MariaDbServer server, String database) {
        allowRoutinesWithBinlog(server);
        server.createDatabase(database);
        MariaDbClient.runPipeline(server, database, List.of("sed", "-e", "/^DROP SCHEMA IF EXISTS sakila;/d",
                "-e", "/^CREATE SCHEMA sakila;/d", "-e", "s/^USE sakila;/USE " + database + ";/",
                "-e", "s/\\bsakila\\./" + database + "./g",
                Corpora.file("sakila/mysql/mysql-sakila-schema.sql").toString()), "the Sakila schema");
        MariaDbClient.runPipeline(server, database, List.of("sed", "-e", "s/^USE sakila;/USE " + database + ";/",
                Corpora.file("sakila/mysql/sakila-data-v0.8.sql").toString()), "the Sakila data", "--binary-mode");
        analyze(server, database);
    }

    /** Chinook (11 tables with data), into {@code database}. */
    public static void loadChinook(MariaDbServer server, String database) {
        server.createDatabase(database);
        MariaDbClient.runPipeline(server, database, List.of("sed", "-e", "/^DROP DATABASE IF EXISTS `Chinook`;/d",
                "-e", "/^CREATE DATABASE `Chinook`;/d", "-e", "/^USE `Chinook`;/d",
                Corpora.file("chinook/mysql/Chinook_MySql.sql").toString()), "Chinook",
                "--init-command=SET SESSION sql_mode=CONCAT(@@SESSION.sql_mode,',NO_BACKSLASH_ESCAPES')");
        analyze(server, database);
    }

    /**
     * With the binlog on, creating routines and triggers needs SUPER or this setting; the private server's account
     * has all privileges (SUPER included). An existing server's account may lack them: then loading says why.
     */
    private static void allowRoutinesWithBinlog(MariaDbServer server) {
        try (Connection c = server.dataSource("").getConnection(); Statement s = c.createStatement()) {
            s.execute("SET GLOBAL log_bin_trust_function_creators = 1");
        } catch (SQLException e) {
            System.err.println("cannot set log_bin_trust_function_creators: " + e.getMessage());
        }
    }

    private static void analyze(MariaDbServer server, String database) {
        try (Connection c = server.dataSource(database).getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select TABLE_NAME from information_schema.TABLES"
                    + " where TABLE_SCHEMA = database() and TABLE_TYPE = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add("`" + rs.getString(1).replace("`", "``") + "`");
                }
            }
            s.execute("analyze table " + String.join(", ", tables));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot analyze the tables of " + database, e);
        }
    }
}
