package ai.dflux.testkit;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL server for tests: a private one started from the installed binaries on a free port, or the existing
 * one named by {@value #URL_VARIABLE} (for example {@code postgresql://postgres@127.0.0.1:5432}), which start and stop
 * leave alone.
 *
 * <pre>{@code
 * try (PostgresServer postgres = PostgresServer.create().start()) {
 *     postgres.createDatabase("target");
 *     DataSource target = postgres.dataSource("target");
 * }
 * }</pre>
 */
public final class PostgresServer implements AutoCloseable {

    /** Environment variable naming an existing server to use instead of a private one. */
    public static final String URL_VARIABLE = "DFLUX_TEST_PG_URL";
    private static final String LOCALHOST = "127.0.0.1";

    private final ServerUrl location;
    private final ServerLifecycle<PostgresProcess> lifecycle;

    private PostgresServer(ServerUrl location, ServerLifecycle<PostgresProcess> lifecycle) {
        this.location = location;
        this.lifecycle = lifecycle;
    }

    /** The server named by {@value #URL_VARIABLE} if set, else a private server on a free port in a temp folder. */
    public static PostgresServer create() {
        return ServerUrl.fromEnvironment(URL_VARIABLE, 5432).map(PostgresServer::existing).orElseGet(PostgresServer::temporary);
    }

    /** A private server on a free port; its temp folder is deleted by {@link #close()} or at JVM exit. */
    public static PostgresServer temporary() {
        return privateServer(TempFolders.create("dflux-pg-"), FreePorts.pick(), true);
    }

    /** A private server on a fixed port whose data is kept in {@code folder} (reused if present) after it stops. */
    public static PostgresServer inFolder(Path folder, int port) {
        return privateServer(TempFolders.ensure(folder.toAbsolutePath()), port, false);
    }

    /** An existing server, {@code postgresql://user[:password]@host[:port]}; start and stop do nothing to it. */
    public static PostgresServer existing(String url) {
        return existing(ServerUrl.parse(url, 5432));
    }

    private static PostgresServer existing(ServerUrl location) {
        return new PostgresServer(location, ServerLifecycle.leftAlone());
    }

    private static PostgresServer privateServer(Path folder, int port, boolean temporaryFolder) {
        ServerUrl location = new ServerUrl(PostgresProcess.ACCOUNT, "", LOCALHOST, port);
        PostgresProcess process = new PostgresProcess(PostgresInstallation.find(), folder, port);
        return new PostgresServer(location,
                ServerLifecycle.of(process, temporaryFolder, "dflux-postgres-" + port, LOCALHOST, port));
    }

    /** Starts the server and returns once it accepts connections; does nothing if it runs already. */
    public PostgresServer start() {
        lifecycle.start();
        return this;
    }

    /** Stops the server (fast shutdown) and keeps its data, so that {@link #start()} or {@link #restart()} resume it. */
    public void stop() {
        lifecycle.stop();
    }

    /** Stops and starts again on the same port with the same data. */
    public void restart() {
        lifecycle.restart();
    }

    /** Stops the server and deletes its temp folder (a folder given to {@link #inFolder} is kept). */
    @Override
    public void close() {
        lifecycle.close();
    }

    public String host() {
        return location.host();
    }

    public int port() {
        return location.port();
    }

    /** The superuser's name: {@code postgres} for a private server. */
    public String superuser() {
        return location.user();
    }

    /** The superuser's password: empty for a private server (trust authentication). */
    public String password() {
        return location.password();
    }

    /** {@code postgresql://user@host:port}, the form {@value #URL_VARIABLE} and {@link #existing(String)} take. */
    public String url() {
        return location.format("postgresql");
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
    }

    /** A data source for {@code database} that logs in as the superuser. */
    public DataSource dataSource(String database) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {host()});
        dataSource.setPortNumbers(new int[] {port()});
        dataSource.setDatabaseName(database);
        dataSource.setUser(superuser());
        if (!password().isEmpty()) {
            dataSource.setPassword(password());
        }
        return dataSource;
    }

    /** Creates the database unless it exists. */
    public void createDatabase(String name) {
        try (Connection connection = dataSource("postgres").getConnection()) {
            if (!exists(connection, name)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE " + quoted(name));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name + " on " + host() + ":" + port(), e);
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    @Override
    public String toString() {
        return "PostgresServer[" + url() + (lifecycle.ownsProcess() ? ", private" : ", existing") + "]";
    }
}
