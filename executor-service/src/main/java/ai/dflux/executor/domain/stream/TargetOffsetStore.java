package ai.dflux.executor.domain.stream;

import ai.dflux.contracts.agents.DatabaseCredentials;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.runtime.WorkerConfig;
import org.apache.kafka.connect.storage.OffsetBackingStore;
import org.apache.kafka.connect.util.Callback;

/**
 * The engine's offset store ({@code offset.storage}): it reads the position the applier committed on the target together
 * with the rows, so a restart resumes exactly after the last applied source transaction. The engine's own writes are
 * acknowledged and dropped: the applier has committed each position before the engine flushes it, in the form a
 * restart needs ({@link SourcePositions#resumable}), and a task the engine restarts must read that form too.
 */
public final class TargetOffsetStore implements OffsetBackingStore {

    private DatabaseCredentials target;
    private String migrationId;

    @Override
    public void configure(WorkerConfig config) {
        Map<String, String> settings = config.originalsStrings();
        migrationId = TargetSettings.migrationId(settings);
        target = TargetSettings.target(settings);
    }

    @Override
    public void start() {
        committed();
    }

    @Override
    public void stop() {
    }

    @Override
    public Future<Map<ByteBuffer, ByteBuffer>> get(Collection<ByteBuffer> keys) {
        Map<ByteBuffer, ByteBuffer> committed = committed();
        Map<ByteBuffer, ByteBuffer> found = new HashMap<>();
        for (ByteBuffer key : keys) {
            ByteBuffer value = lookup(committed, key);
            if (value != null) {
                found.put(key, value);
            }
        }
        return CompletableFuture.completedFuture(found);
    }

    @Override
    public Future<Void> set(Map<ByteBuffer, ByteBuffer> values, Callback<Void> callback) {
        if (callback != null) {
            callback.onCompletion(null, null);
        }
        return CompletableFuture.completedFuture(null);
    }

    private Map<ByteBuffer, ByteBuffer> committed() {
        try (Connection connection = TargetSettings.connect(target)) {
            StreamBookkeeping.ensure(connection);
            Map<ByteBuffer, ByteBuffer> committed = new HashMap<>();
            StreamBookkeeping.offsets(connection, migrationId).forEach((key, value) ->
                    committed.put(ByteBuffer.wrap(key), value == null ? null : ByteBuffer.wrap(value)));
            return committed;
        } catch (SQLException e) {
            throw new ConnectException("cannot read the committed stream position of migration " + migrationId
                    + " from the target " + target, e);
        }
    }

    @Override
    public Set<Map<String, Object>> connectorPartitions(String connectorName) {
        return Set.of();
    }

    private static ByteBuffer lookup(Map<ByteBuffer, ByteBuffer> committed, ByteBuffer key) {
        ByteBuffer exact = committed.get(key);
        if (exact != null) {
            return exact;
        }
        byte[] wanted = bytes(key);
        return committed.entrySet().stream()
                .filter(entry -> OffsetCodec.sameJson(bytes(entry.getKey()), wanted))
                .map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return bytes;
    }
}
