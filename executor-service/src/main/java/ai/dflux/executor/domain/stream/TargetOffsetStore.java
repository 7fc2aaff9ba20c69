package ai.dflux.executor.domain.stream;

import ai.dflux.contracts.agents.DatabaseCredentials;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.runtime.WorkerConfig;
import org.apache.kafka.connect.storage.OffsetBackingStore;
import org.apache.kafka.connect.util.Callback;

/**
 * The engine's offset store ({@code offset.storage}): it reads the position the applier committed on the target together
 * with the rows, so a restart resumes exactly after the last applied source transaction. Writes are kept in memory
 * only: by the time the engine flushes an offset, the applier has already committed it in the target transaction. They
 * are kept in the form the applier commits ({@link SourcePositions#resumable}), since the connector reads them back
 * both to acknowledge positions to the source and when the engine restarts its task.
 */
public final class TargetOffsetStore implements OffsetBackingStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> OFFSET = new TypeReference<>() {
    };

    private final Map<ByteBuffer, ByteBuffer> data = new ConcurrentHashMap<>();
    private DatabaseCredentials target;
    private String migrationId;
    private SourcePositions positions;

    @Override
    public void configure(WorkerConfig config) {
        Map<String, String> settings = config.originalsStrings();
        migrationId = TargetSettings.migrationId(settings);
        target = TargetSettings.target(settings);
        positions = SourcePositions.forConnector(settings.get("connector.class"));
    }

    @Override
    public void start() {
        try (Connection connection = TargetSettings.connect(target)) {
            StreamBookkeeping.ensure(connection);
            StreamBookkeeping.offsets(connection, migrationId)
                    .forEach((key, value) -> data.put(ByteBuffer.wrap(key), value == null ? null : ByteBuffer.wrap(value)));
        } catch (SQLException e) {
            throw new ConnectException("cannot read the committed stream position of migration " + migrationId
                    + " from the target " + target, e);
        }
    }

    @Override
    public void stop() {
        data.clear();
    }

    @Override
    public Future<Map<ByteBuffer, ByteBuffer>> get(Collection<ByteBuffer> keys) {
        Map<ByteBuffer, ByteBuffer> found = new HashMap<>();
        for (ByteBuffer key : keys) {
            ByteBuffer value = lookup(key);
            if (value != null) {
                found.put(key, value);
            }
        }
        return CompletableFuture.completedFuture(found);
    }

    @Override
    public Future<Void> set(Map<ByteBuffer, ByteBuffer> values, Callback<Void> callback) {
        values.forEach((key, value) -> {
            if (key != null && value != null) {
                data.put(key, resumable(value));
            }
        });
        if (callback != null) {
            callback.onCompletion(null, null);
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public Set<Map<String, Object>> connectorPartitions(String connectorName) {
        return Set.of();
    }

    private ByteBuffer resumable(ByteBuffer value) {
        try {
            Map<String, Object> offset = JSON.readValue(bytes(value), OFFSET);
            return ByteBuffer.wrap(JSON.writeValueAsBytes(positions.resumable(offset)));
        } catch (IOException e) {
            throw new ConnectException("the engine flushed an offset of migration " + migrationId
                    + " that is not JSON", e);
        }
    }

    private ByteBuffer lookup(ByteBuffer key) {
        ByteBuffer exact = data.get(key);
        if (exact != null) {
            return exact;
        }
        byte[] wanted = bytes(key);
        return data.entrySet().stream()
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
