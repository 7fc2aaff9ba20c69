package ai.dflux.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * A private MariaDB server run from the installed {@code mariadbd} in one folder: data (with the row-based binlog) in
 * {@code data/}, its output in {@code mariadb.log}, the unix socket {@code mysqld.sock}.
 */
final class MariaDbProcess implements ServerLifecycle.ServerProcess {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_GRACE = Duration.ofSeconds(60);

    private final Path folder;
    private final int port;
    private BackgroundProcess server;
    private String version = "";

    MariaDbProcess(Path folder, int port) {
        this.folder = folder;
        this.port = port;
    }

    @Override
    public Path folder() {
        return folder;
    }

    /** {@code MariaDB 10.11.19}, once started. */
    @Override
    public String label() {
        return version.isEmpty() ? "MariaDB" : "MariaDB " + version;
    }

    /** Installs the system tables on first use, starts the server, waits until root can log in, creates the accounts. */
    @Override
    public void start() {
        if (!Files.isDirectory(dataDir().resolve("mysql"))) {
            install();
        }
        server = BackgroundProcess.start(serverCommand(), folder.resolve("mariadb.log"));
        MariaDbDataSource root = rootDataSource();
        if (!Await.until(START_TIMEOUT, server::isAlive, () -> canLogIn(root))) {
            String log = server.logTail(40);
            server.kill();
            throw new IllegalStateException("MariaDB did not start on port " + port + System.lineSeparator() + log);
        }
        try (Connection connection = root.getConnection()) {
            version = connection.getMetaData().getDatabaseProductVersion().replaceFirst("-.*", "");
            MariaDbAccounts.create(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test accounts on MariaDB", e);
        }
    }

    /** Clean shutdown (SIGTERM), killed if it takes longer than a minute. */
    @Override
    public void stop() {
        if (server != null) {
            server.stop(STOP_GRACE);
            server = null;
        }
    }

    private void install() {
        List<String> command = new ArrayList<>(List.of(Executables.find("mariadb-install-db", "mysql_install_db").toString(),
                "--no-defaults", "--datadir=" + dataDir(), "--auth-root-authentication-method=normal", "--skip-test-db"));
        if (RunAs.isRoot()) {
            command.add("--user=root");
        }
        ProcessRunner.run(command);
    }

    private List<String> serverCommand() {
        List<String> command = new ArrayList<>(List.of(Executables.find("mariadbd", "mysqld").toString(),
                "--no-defaults",
                "--datadir=" + dataDir(),
                "--port=" + port,
                "--bind-address=127.0.0.1",
                "--socket=" + folder.resolve("mysqld.sock"),
                "--pid-file=" + folder.resolve("mariadb.pid"),
                "--tmpdir=" + folder,
                "--skip-name-resolve",
                "--log-bin=mariadb-bin",
                "--binlog-format=ROW",
                "--binlog-row-image=FULL",
                "--server-id=1",
                "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_general_ci",
                "--max-connections=300",
                "--innodb-buffer-pool-size=64M",
                "--innodb-flush-log-at-trx-commit=2",
                "--sync-binlog=0"));
        if (RunAs.isRoot()) {
            command.add("--user=root");
        }
        return command;
    }

    /** root@127.0.0.1 without a password, as {@code mariadb-install-db --auth-root-authentication-method=normal} made it. */
    private MariaDbDataSource rootDataSource() {
        try {
            MariaDbDataSource dataSource = new MariaDbDataSource("jdbc:mariadb://127.0.0.1:" + port + "/?connectTimeout=2000");
            dataSource.setUser("root");
            return dataSource;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean canLogIn(MariaDbDataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        }
    }

    private Path dataDir() {
        return folder.resolve("data");
    }
}
