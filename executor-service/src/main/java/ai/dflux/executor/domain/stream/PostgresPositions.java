package ai.dflux.executor.domain.stream;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

/** PostgreSQL offsets: the LSN of the last change processed. */
final class PostgresPositions implements SourcePositions {

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
