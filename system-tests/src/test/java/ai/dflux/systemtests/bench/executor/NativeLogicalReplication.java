package ai.dflux.systemtests.bench.executor;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * PostgreSQL's own logical replication, the anchor of the streaming figures: a publication of every table on the
 * source, a subscription in a database of a second server (schema copied by {@code pg_dump --schema-only}, rows by
 * the subscription's initial synchronisation), each with its defaults. {@link #close()} drops the subscription (and
 * with it the slot on the source) and the publication.
 */
public final class NativeLogicalReplication implements AutoCloseable {

    public static final String ANCHOR = "native logical replication (publication + subscription)";
    static final String PUBLICATION = "dflux_bench_publication";
    static final String SUBSCRIPTION = "dflux_bench_subscription";

    private final PgConnection source;
    private final PgConnection target;
    private final long subscribedAt;

    private NativeLogicalReplication(PgConnection source, PgConnection target) {
        this.source = source;
        this.target = target;
        this.subscribedAt = System.nanoTime();
    }

    /** Copies the schema, publishes every table of the source and subscribes the (existing, empty) target to it. */
    public static NativeLogicalReplication subscribe(PgConnection source, PgConnection target,
            PgDumpRestore schemaCopy, String label) throws Exception {
        schemaCopy.copySchema(source, target, label);
        PgDatabases.execute(source.server(), source.database(), "CREATE PUBLICATION " + PUBLICATION
                + " FOR ALL TABLES");
        NativeLogicalReplication replication = new NativeLogicalReplication(source, target);
        String connection = source.conninfo().replace("'", "''");
        PgDatabases.execute(target.server(), target.database(), "CREATE SUBSCRIPTION " + SUBSCRIPTION
                + " CONNECTION '" + connection + "' PUBLICATION " + PUBLICATION);
        return replication;
    }

    /** Waits until every table finished its initial copy and is streamed; returns seconds since subscribing. */
    public double awaitSynchronized(Duration timeout) {
        await("the subscription's initial synchronisation").atMost(timeout).pollInterval(Duration.ofMillis(500))
                .until(this::synchronizedTables);
        return (System.nanoTime() - subscribedAt) / 1e9;
    }

    private boolean synchronizedTables() throws SQLException {
        try (Connection connection = target.server().dataSource(target.database()).getConnection();
                Statement statement = connection.createStatement();
                ResultSet states = statement.executeQuery("SELECT count(*), count(*) FILTER (WHERE srsubstate <> 'r')"
                        + " FROM pg_subscription_rel")) {
            states.next();
            return states.getLong(1) > 0 && states.getLong(2) == 0;
        }
    }

    /** The lag probe, on a connection of its own to the source; the caller closes it. */
    public WalPositionLag lag() throws SQLException {
        return WalPositionLag.ofSubscriber(source.server().dataSource(source.database()), SUBSCRIPTION);
    }

    @Override
    public void close() throws SQLException {
        PgDatabases.execute(target.server(), target.database(), "DROP SUBSCRIPTION IF EXISTS " + SUBSCRIPTION);
        PgDatabases.execute(source.server(), source.database(), "DROP PUBLICATION IF EXISTS " + PUBLICATION);
    }
}
