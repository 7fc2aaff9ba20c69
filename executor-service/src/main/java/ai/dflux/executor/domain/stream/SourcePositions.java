package ai.dflux.executor.domain.stream;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/** What a connector's offset means in its source's terms: the position's text and the bytes the source is ahead. */
interface SourcePositions {

    /** The position of a source offset as people read it ({@code 0/16B3748}, {@code mariadb-bin.000002:1234}). */
    String describe(Map<String, ?> offset);

    /** How many bytes of log the source has written past the offset, or -1 when that cannot be told. */
    long lagBytes(Connection source, Map<String, ?> offset) throws SQLException;

    /**
     * The offset to commit with the rows applied up to it, such that a restart of the connector from it resumes right
     * after them. Most connectors resume from their offset as it is.
     */
    default Map<String, ?> resumable(Map<String, ?> offset) {
        return offset;
    }

    /** The positions of the connector of this class. */
    static SourcePositions forConnector(String connectorClass) {
        return PostgresConnectorSettings.CONNECTOR.equals(connectorClass) ? new PostgresPositions() : new BinlogPositions();
    }

    static long longValue(Map<String, ?> offset, String key) {
        Object value = offset.get(key);
        return value instanceof Number number ? number.longValue() : -1;
    }
}
