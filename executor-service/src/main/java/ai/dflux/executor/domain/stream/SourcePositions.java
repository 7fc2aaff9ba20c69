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

    static long longValue(Map<String, ?> offset, String key) {
        Object value = offset.get(key);
        return value instanceof Number number ? number.longValue() : -1;
    }
}
