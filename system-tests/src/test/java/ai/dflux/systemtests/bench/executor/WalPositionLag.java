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
 * The lag of a native logical replication subscriber, read on the source, as the age of the newest change it has
 * applied: each reading records the source's WAL position ({@code pg_current_wal_lsn()}) with the time, and the
 * position the subscriber reports applied ({@code pg_stat_replication.replay_lsn} of its walsender); the lag is now
 * minus the moment the source's WAL passed that applied position, interpolated between readings. So it covers all of
 * it: decoding on the source, sending, and applying on the target; its resolution is the sampling interval.
 *
 * <p>The walsender's own {@code replay_lag} is kept beside it ({@link #replayLagMillis()}) to cross-check: it starts
 * its clock only when the walsender decodes a commit, so it misses time spent before decoding.
 */
public final class WalPositionLag implements LagSampler.Probe, AutoCloseable {

    private static final String READING = "SELECT pg_current_wal_lsn() - '0/0'::pg_lsn,"
            + " r.replay_lsn - '0/0'::pg_lsn, extract(epoch FROM r.replay_lag) * 1000"
            + " FROM (SELECT 1) one LEFT JOIN pg_stat_replication r ON r.application_name = ?";

    private record Position(long nanos, double lsn) {
    }

    private final Connection source;
    private final String applicationName;
    private final List<Position> history = new ArrayList<>();
    private final List<Double> replayLagMillis = new ArrayList<>();

    public WalPositionLag(DataSource source, String applicationName) throws SQLException {
        this.source = source.getConnection();
        this.applicationName = applicationName;
    }

    @Override
    public synchronized OptionalDouble lagMillis() throws SQLException {
        long before = System.nanoTime();
        try (PreparedStatement reading = source.prepareStatement(READING)) {
            reading.setString(1, applicationName);
            try (ResultSet row = reading.executeQuery()) {
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
