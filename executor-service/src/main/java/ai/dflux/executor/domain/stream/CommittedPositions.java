package ai.dflux.executor.domain.stream;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The source positions this stream committed on the target, from which each apply moves them on (decision 16). An
 * apply commits only where it finds them as this stream left them: an executor replica that lost its lease during an
 * apply, after another replica carried the stream on, commits nothing and stops instead of writing older rows and an
 * older position over the newer ones.
 */
final class CommittedPositions {

    private final String migrationId;
    private final Map<ByteBuffer, byte[]> committed = new HashMap<>();
    private ByteBuffer pendingKey;
    private byte[] pendingValue;

    private CommittedPositions(String migrationId) {
        this.migrationId = migrationId;
    }

    /** What the target holds now, for a stream about to start. */
    static CommittedPositions read(Connection target, String migrationId) throws SQLException {
        CommittedPositions positions = new CommittedPositions(migrationId);
        boolean autoCommit = target.getAutoCommit();
        target.setAutoCommit(true);
        try {
            StreamBookkeeping.offsets(target, migrationId)
                    .forEach((key, value) -> positions.committed.put(ByteBuffer.wrap(key), value));
        } finally {
            target.setAutoCommit(autoCommit);
        }
        return positions;
    }

    /**
     * Writes the position in the apply's open transaction.
     *
     * @throws StreamPositionMoved where another writer moved the position since this stream last committed it
     */
    void advance(Connection target, byte[] key, byte[] value) throws SQLException {
        ByteBuffer buffer = ByteBuffer.wrap(key);
        if (!StreamBookkeeping.advanceOffset(target, migrationId, key, committed.get(buffer), value)) {
            throw new StreamPositionMoved(migrationId);
        }
        pendingKey = buffer;
        pendingValue = value;
    }

    /** The apply's transaction committed: the next one starts from its position. */
    void committed() {
        if (pendingKey != null) {
            committed.put(pendingKey, pendingValue);
        }
        rolledBack();
    }

    void rolledBack() {
        pendingKey = null;
        pendingValue = null;
    }
}
