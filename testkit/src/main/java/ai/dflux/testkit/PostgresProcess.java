package ai.dflux.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A private PostgreSQL server run by {@code initdb} and {@code pg_ctl} in one folder: data in {@code pgdata/}, the
 * log in {@code postgres.log}, the unix socket in the folder itself. Tuned for tests: logical WAL, no fsync.
 */
final class PostgresProcess implements ServerLifecycle.ServerProcess {

    static final String ACCOUNT = "postgres";
    private static final String TIMEOUT_SECONDS = "120";

    private final PostgresInstallation installation;
    private final Path folder;
    private final int port;

    PostgresProcess(PostgresInstallation installation, Path folder, int port) {
        this.installation = installation;
        this.folder = folder;
        this.port = port;
    }

    @Override
    public String label() {
        return installation.label();
    }

    @Override
    public Path folder() {
        return folder;
    }

    /**
     * Creates the cluster on first use, then starts the server and returns once it accepts connections. A server
     * left running on the same data by a JVM that was killed is stopped first.
     */
    @Override
    public void start() {
        RunAs.handOver(folder, ACCOUNT);
        if (!Files.exists(dataDir().resolve("PG_VERSION"))) {
            initialize();
        }
        stop();
        try {
            pgCtl("-D", dataDir().toString(), "-l", logFile().toString(), "-w", "-t", TIMEOUT_SECONDS,
                    "-o", "-p " + port, "start");
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + System.lineSeparator() + LogTail.of(logFile(), 30), e);
        }
    }

    /** Fast shutdown (open sessions are ended); does nothing if the server is not running. */
    @Override
    public void stop() {
        if (isRunning()) {
            pgCtl("-D", dataDir().toString(), "-m", "fast", "-w", "-t", TIMEOUT_SECONDS, "stop");
        }
    }

    private boolean isRunning() {
        if (!Files.exists(dataDir().resolve("postmaster.pid"))) {
            return false;
        }
        try {
            pgCtl("-D", dataDir().toString(), "status");
            return true;
        } catch (IllegalStateException notRunning) {
            return false;
        }
    }

    private void initialize() {
        ProcessRunner.run(RunAs.command(ACCOUNT, List.of(installation.program("initdb").toString(),
                "-D", dataDir().toString(), "-U", ACCOUNT, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8",
                "--no-sync", "--no-instructions")));
        appendTo("postgresql.conf", String.join(System.lineSeparator(),
                "",
                "# dflux testkit: a throwaway test server",
                "listen_addresses = '127.0.0.1'",
                "unix_socket_directories = '" + folder + "'",
                "max_connections = 300",
                "shared_buffers = 32MB",
                "wal_level = logical",
                "max_replication_slots = 64",
                "max_wal_senders = 64",
                "fsync = off",
                "synchronous_commit = off",
                "full_page_writes = off",
                ""));
        replace("pg_hba.conf", String.join(System.lineSeparator(),
                "# dflux testkit: trust on the socket and on 127.0.0.1 only",
                "local   all          all                 trust",
                "host    all          all   127.0.0.1/32  trust",
                "local   replication  all                 trust",
                "host    replication  all   127.0.0.1/32  trust",
                ""));
    }

    private void appendTo(String configFile, String text) {
        write(configFile, text, StandardOpenOption.APPEND);
    }

    private void replace(String configFile, String text) {
        write(configFile, text, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** Writes into a file initdb created, so that it keeps belonging to the postgres account. */
    private void write(String configFile, String text, StandardOpenOption mode) {
        try {
            Files.writeString(dataDir().resolve(configFile), text, StandardOpenOption.WRITE, mode);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + configFile, e);
        }
    }

    private void pgCtl(String... arguments) {
        List<String> command = new ArrayList<>(List.of(installation.program("pg_ctl").toString()));
        command.addAll(List.of(arguments));
        ProcessRunner.run(RunAs.command(ACCOUNT, command));
    }

    private Path dataDir() {
        return folder.resolve("pgdata");
    }

    private Path logFile() {
        return folder.resolve("postgres.log");
    }
}
