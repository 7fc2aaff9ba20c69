package ai.dflux.executor.domain.stream;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/** MySQL/MariaDB offsets: the binlog file and the position a restart would read from, with the GTID set. */
final class BinlogPositions implements SourcePositions {

    @Override
    public String describe(Map<String, ?> offset) {
        Object gtids = offset.get("gtids");
        return offset.get("file") + ":" + SourcePositions.longValue(offset, "pos")
                + (gtids == null || gtids.toString().isBlank() ? "" : " gtid " + gtids);
    }

    /** Bytes between the offset and the source's binlog end when both are in the same file; else -1. */
    @Override
    public long lagBytes(Connection source, Map<String, ?> offset) throws SQLException {
        try (Statement statement = source.createStatement();
                ResultSet status = statement.executeQuery("SHOW MASTER STATUS")) {
            if (!status.next()) {
                return -1;
            }
            String file = status.getString("File");
            long position = status.getLong("Position");
            if (!file.equals(offset.get("file"))) {
                return -1;
            }
            return Math.max(0, position - SourcePositions.longValue(offset, "pos"));
        }
    }
}
