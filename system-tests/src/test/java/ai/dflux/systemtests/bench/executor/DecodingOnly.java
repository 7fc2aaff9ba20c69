package ai.dflux.systemtests.bench.executor;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The source's share of any logical replication, measured alone: a pgoutput slot on a publication of every table,
 * read by {@code pg_recvlogical} into {@code /dev/null}. The walsender decodes and sends every change as it does for
 * dflux or a subscriber, but nothing applies them, so the TPS the source keeps under it is the most a replication
 * decoding on the source can keep on this machine. {@link #close()} stops the reader and drops the slot and the
 * publication.
 */
public final class DecodingOnly implements AutoCloseable {

    public static final String ANCHOR = "pg_recvlogical (pgoutput) into /dev/null";
    static final String PUBLICATION = "dflux_bench_decoding";
    static final String SLOT = "dflux_bench_decoding";

    private final PgConnection source;
    private final Process reader;
    private final Path log;

    private DecodingOnly(PgConnection source, Process reader, Path log) {
        this.source = source;
        this.reader = reader;
        this.log = log;
    }

    /** Creates the publication and the slot and starts reading from the slot. */
    public static DecodingOnly start(PgConnection source, Path logFolder, String label)
            throws SQLException, IOException {
        PgDatabases.execute(source.server(), source.database(), "CREATE PUBLICATION " + PUBLICATION
                + " FOR ALL TABLES", "SELECT pg_create_logical_replication_slot('" + SLOT + "', 'pgoutput')");
        Path log = logFolder.resolve("pg_recvlogical-" + label + ".log");
        Files.createDirectories(logFolder);
        Process reader = new ProcessBuilder(PgPrograms.postgres("pg_recvlogical").toString(), "-d", source.conninfo(),
                "--slot", SLOT, "--start", "-o", "proto_version=1", "-o", "publication_names=" + PUBLICATION,
                "-f", "/dev/null")
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new DecodingOnly(source, reader, log);
    }

    /** Fails, quoting the reader's log, when {@code pg_recvlogical} ended before it was stopped. */
    public void requireRunning() {
        if (!reader.isAlive()) {
            throw new IllegalStateException("pg_recvlogical exited with " + reader.exitValue() + System.lineSeparator()
                    + Commands.tail(log));
        }
    }

    @Override
    public void close() throws SQLException, InterruptedException {
        reader.destroy();
        if (!reader.waitFor(30, TimeUnit.SECONDS)) {
            reader.destroyForcibly().waitFor();
        }
        await("the walsender of " + SLOT + " to end").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200)).until(() -> !slotActive());
        PgDatabases.execute(source.server(), source.database(),
                "SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = '" + SLOT + "'",
                "DROP PUBLICATION IF EXISTS " + PUBLICATION);
    }

    private boolean slotActive() throws SQLException {
        try (Connection connection = source.server().dataSource(source.database()).getConnection();
                Statement statement = connection.createStatement();
                ResultSet slot = statement.executeQuery("SELECT count(*) FROM pg_replication_slots"
                        + " WHERE slot_name = '" + SLOT + "' AND active")) {
            slot.next();
            return slot.getLong(1) > 0;
        }
    }
}
