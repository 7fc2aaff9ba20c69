package ai.dflux.testkit;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * A MariaDB server for tests, writing a row-based binlog: a private one started from the installed binaries on a free
 * port, or the existing one named by {@value #URL_VARIABLE} (for example {@code mariadb://dflux:dflux@127.0.0.1:3306}),
 * which start and stop leave alone. A private server has two accounts for TCP logins: {@link #user()} with all
 * privileges and {@link #cdcUser()} with what a binlog reader needs.
 */
public final class MariaDbServer implements AutoCloseable {

    /** Environment variable naming an existing server to use instead of a private one. */
    public static final String URL_VARIABLE = "DFLUX_TEST_MARIADB_URL";

    private final ServerUrl location;
    private final ServerUrl cdcLocation;
    private final ServerLifecycle<MariaDbProcess> lifecycle;

    private MariaDbServer(ServerUrl location, ServerUrl cdcLocation, ServerLifecycle<MariaDbProcess> lifecycle) {
        this.location = location;
        this.cdcLocation = cdcLocation;
        this.lifecycle = lifecycle;
    }

    /** The server named by {@value #URL_VARIABLE} if set, else a private server on a free port in a temp folder. */
    public static MariaDbServer create() {
        return ServerUrl.fromEnvironment(URL_VARIABLE, 3306).map(MariaDbServer::existing).orElseGet(MariaDbServer::temporary);
    }

    /** A private server on a free port; its temp folder is deleted by {@link #close()} or at JVM exit. */
    public static MariaDbServer temporary() {
        return privateServer(TempFolders.create("dflux-mariadb-"), FreePorts.pick(), true);
    }

    /** A private server on a fixed port whose data is kept in {@code folder} (reused if present) after it stops. */
    public static MariaDbServer inFolder(Path folder, int port) {
        return privateServer(TempFolders.ensure(folder.toAbsolutePath()), port, false);
    }

    /**
     * An existing server, {@code mariadb://user:password@host[:port]}; start and stop do nothing to it, and that one
     * account serves as the CDC account too.
     */
    public static MariaDbServer existing(String url) {
        return existing(ServerUrl.parse(url, 3306));
    }

    private static MariaDbServer existing(ServerUrl location) {
        return new MariaDbServer(location, location, ServerLifecycle.leftAlone());
    }

    private static MariaDbServer privateServer(Path folder, int port, boolean temporaryFolder) {
        ServerUrl location = new ServerUrl(MariaDbAccounts.USER, MariaDbAccounts.PASSWORD, "127.0.0.1", port);
        ServerUrl cdc = new ServerUrl(MariaDbAccounts.CDC_USER, MariaDbAccounts.CDC_PASSWORD, "127.0.0.1", port);
        MariaDbProcess process = new MariaDbProcess(folder, port);
        return new MariaDbServer(location, cdc,
                ServerLifecycle.of(process, temporaryFolder, "dflux-mariadb-" + port, "127.0.0.1", port));
    }

    /** Starts the server and returns once its accounts can log in; does nothing if it runs already. */
    public MariaDbServer start() {
        lifecycle.start();
        return this;
    }

    /** Shuts the server down cleanly and keeps its data, so that {@link #start()} or {@link #restart()} resume it. */
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

    /** An account with all privileges: {@code dflux} on a private server. */
    public String user() {
        return location.user();
    }

    public String password() {
        return location.password();
    }

    /** An account for binlog readers (SELECT, RELOAD, SHOW DATABASES, REPLICATION SLAVE, BINLOG and REPLICA MONITOR). */
    public String cdcUser() {
        return cdcLocation.user();
    }

    public String cdcPassword() {
        return cdcLocation.password();
    }

    /** {@code mariadb://user:password@host:port}, the form {@value #URL_VARIABLE} and {@link #existing(String)} take. */
    public String url() {
        return location.format("mariadb");
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://" + host() + ":" + port() + "/" + database;
    }

    /** A data source for {@code database} that logs in as {@link #user()}. */
    public DataSource dataSource(String database) {
        return dataSource(database, user(), password());
    }

    /** A data source for {@code database} that logs in as the given account, e.g. {@link #cdcUser()}. */
    public DataSource dataSource(String database, String user, String password) {
        try {
            MariaDbDataSource dataSource = new MariaDbDataSource(jdbcUrl(database));
            dataSource.setUser(user);
            dataSource.setPassword(password);
            return dataSource;
        } catch (SQLException e) {
            throw new IllegalArgumentException("Bad database name: " + database, e);
        }
    }

    /** Creates the database unless it exists. */
    public void createDatabase(String name) {
        try (Connection connection = dataSource("").getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + name.replace("`", "``") + "`");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name + " on " + host() + ":" + port(), e);
        }
    }

    @Override
    public String toString() {
        return "MariaDbServer[" + host() + ":" + port() + (lifecycle.ownsProcess() ? ", private" : ", existing") + "]";
    }
}
