package ai.dflux.executor.domain.stream;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** PostgreSQL offsets: the LSN of the last change processed. */
final class PostgresPositions implements SourcePositions {

    static final String COMMIT_LSN = "lsn_commit";
    static final String PROCESSED_LSN = "lsn_proc";

    /**
     * Every offset dflux commits ends a source transaction (or is a position between transactions), so a restart only
     * has to find the first transaction that commits after it. The connector (Debezium 3.5's WalPositionLocator) also
     * looks for the message whose LSN equals the processed LSN and resumes at the next LSN after it. But an LSN names
     * no single message: a logical message written outside any transaction carries the LSN where its WAL record ends,
     * which is where the next record begins, and that record may be the first change of a transaction that commits
     * later and is replayed from its start. Finding that change's LSN, the connector would skip it. One byte above the
     * commit LSN is an LSN no message has (WAL records are 8-byte aligned), so the connector resumes by commit alone,
     * at the first unapplied transaction (decision 18). Above, not below: before streaming, the connector also checks
     * that the slot's restart LSN is not past the processed LSN, and the slot may restart exactly at the last
     * confirmed commit, which is this commit LSN; one byte below it, the check failed and the stream could never
     * start again.
     */
    @Override
    public Map<String, ?> resumable(Map<String, ?> offset) {
        long commit = SourcePositions.longValue(offset, COMMIT_LSN);
        if (commit <= 0 || !offset.containsKey(PROCESSED_LSN)) {
            return offset;
        }
        Map<String, Object> resumable = new HashMap<>(offset);
        resumable.put(PROCESSED_LSN, commit + 1);
        return resumable;
    }

    @Override
    public String describe(Map<String, ?> offset) {
        long lsn = SourcePositions.longValue(offset, "lsn");
        return lsn < 0 ? "" : lsnText(lsn);
    }

    @Override
    public long lagBytes(Connection source, Map<String, ?> offset) throws SQLException {
        long lsn = SourcePositions.longValue(offset, "lsn");
        if (lsn < 0) {
            return -1;
        }
        try (PreparedStatement query = source.prepareStatement(
                "SELECT greatest(pg_wal_lsn_diff(pg_current_wal_lsn(), ?::pg_lsn), 0)::bigint")) {
            query.setString(1, lsnText(lsn));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    static String lsnText(long lsn) {
        return String.format(Locale.ROOT, "%X/%X", lsn >>> 32, lsn & 0xFFFFFFFFL);
    }

    static long lsnValue(String text) {
        String[] parts = text.split("/");
        return (Long.parseLong(parts[0], 16) << 32) | Long.parseLong(parts[1], 16);
    }
}
