package ai.dflux.systemtests.bench.executor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import javax.sql.DataSource;

/**
 * The lag of a logical replication, read on the source, as the age of the newest change it has applied: each reading
 * records the source's WAL position ({@code pg_current_wal_lsn()}) with the time, and the position the replication
 * reports applied; the lag is now minus the moment the source's WAL passed that applied position, interpolated between
 * readings. So it covers all of it: decoding on the source, sending, and applying on the target; its resolution is the
 * sampling interval.
 *
 * <p>A native subscriber reports its applied position as {@code pg_stat_replication.replay_lsn} of its walsender
 * ({@link #ofSubscriber}); its walsender's own {@code replay_lag} is kept beside it ({@link #replayLagMillis()}) to
 * cross-check, though it starts its clock only when the walsender decodes a commit, so it misses time spent before
 * decoding. dflux confirms to its slot the position it committed on the target with the rows
 * ({@code pg_replication_slots.confirmed_flush_lsn}, {@link #ofSlot}).
 */
public final class WalPositionLag implements LagSampler.Probe, AutoCloseable {

    private static final String SUBSCRIBER_READING = "SELECT pg_current_wal_lsn() - '0/0'::pg_lsn,"
            + " r.replay_lsn - '0/0'::pg_lsn, extract(epoch FROM r.replay_lag) * 1000"
            + " FROM (SELECT 1) one LEFT JOIN pg_stat_replication r ON r.application_name = ?";
    private static final String SLOT_READING = "SELECT pg_current_wal_lsn() - '0/0'::pg_lsn,"
            + " s.confirmed_flush_lsn - '0/0'::pg_lsn, NULL::float8"
            + " FROM (SELECT 1) one LEFT JOIN pg_replication_slots s ON s.slot_name = ?";

    private record Position(long nanos, double lsn) {
    }

    private final Connection source;
    private final String reading;
    private final String name;
    private final List<Position> history = new ArrayList<>();
    private final List<Double> replayLagMillis = new ArrayList<>();

    private WalPositionLag(DataSource source, String reading, String name) throws SQLException {
        this.source = source.getConnection();
        this.reading = reading;
        this.name = name;
    }

    /** A native subscription, by the application name of its walsender. */
    public static WalPositionLag ofSubscriber(DataSource source, String applicationName) throws SQLException {
        return new WalPositionLag(source, SUBSCRIBER_READING, applicationName);
    }

    /** A replication that confirms to this slot what it has applied. */
    public static WalPositionLag ofSlot(DataSource source, String slotName) throws SQLException {
        return new WalPositionLag(source, SLOT_READING, slotName);
    }

    @Override
    public synchronized OptionalDouble lagMillis() throws SQLException {
        long before = System.nanoTime();
        try (PreparedStatement query = source.prepareStatement(reading)) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                long now = (before + System.nanoTime()) / 2;
                history.add(new Position(now, row.getDouble(1)));
                double applied = row.getDouble(2);
                if (row.wasNull()) {
                    return OptionalDouble.empty();
                }
                double replayLag = row.getDouble(3);
                replayLagMillis.add(row.wasNull() ? 0 : replayLag);
                return OptionalDouble.of((now - passedAt(applied)) / 1e6);
            }
        }
    }

    /** When the source's WAL reached {@code lsn}: interpolated between the two readings around it. */
    private long passedAt(double lsn) {
        Position latest = history.get(history.size() - 1);
        if (lsn >= latest.lsn()) {
            return latest.nanos();
        }
        for (int i = history.size() - 1; i > 0; i--) {
            Position before = history.get(i - 1);
            Position after = history.get(i);
            if (lsn >= before.lsn()) {
                double share = after.lsn() == before.lsn() ? 1 : (lsn - before.lsn()) / (after.lsn() - before.lsn());
                return before.nanos() + Math.round(share * (after.nanos() - before.nanos()));
            }
        }
        return history.get(0).nanos(); // applied before the first reading: at least this old
    }

    /** The walsender's {@code replay_lag} at each reading (0 when it reports none: caught up and idle). */
    public synchronized List<Double> replayLagMillis() {
        return List.copyOf(replayLagMillis);
    }

    @Override
    public void close() throws SQLException {
        source.close();
    }
}
