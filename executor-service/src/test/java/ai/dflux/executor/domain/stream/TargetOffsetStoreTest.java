package ai.dflux.executor.domain.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.runtime.standalone.StandaloneConfig;
import org.junit.jupiter.api.Test;

/** What the store hands back to the connector is what the applier commits: the resumable form of each offset. */
class TargetOffsetStoreTest {

    private static final ByteBuffer KEY = utf8("[\"dflux_m1\",{\"server\":\"dflux_m1\"}]");

    @Test
    void aPostgresOffsetFlushedByTheEngineIsReadBackResumableByCommit() throws Exception {
        TargetOffsetStore store = store("io.debezium.connector.postgresql.PostgresConnector");

        store.set(Map.of(KEY, utf8("{\"lsn_proc\":1000,\"lsn_commit\":1000,\"lsn\":1000,\"messageType\":\"MESSAGE\"}")),
                null).get();

        assertThat(OffsetCodec.tree(bytes(store.get(List.of(KEY)).get().get(KEY))))
                .isEqualTo(OffsetCodec.tree("{\"lsn_proc\":1001,\"lsn_commit\":1000,\"lsn\":1000,\"messageType\":\"MESSAGE\"}"
                        .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aBinlogOffsetIsReadBackAsFlushed() throws Exception {
        TargetOffsetStore store = store("io.debezium.connector.mariadb.MariaDbConnector");
        String offset = "{\"file\":\"mariadb-bin.000002\",\"pos\":1234,\"gtids\":\"0-1-17\"}";

        store.set(Map.of(KEY, utf8(offset)), null).get();

        assertThat(OffsetCodec.tree(bytes(store.get(List.of(KEY)).get().get(KEY))))
                .isEqualTo(OffsetCodec.tree(offset.getBytes(StandardCharsets.UTF_8)));
    }

    private static TargetOffsetStore store(String connectorClass) {
        Map<String, String> settings = new HashMap<>();
        settings.put("connector.class", connectorClass);
        settings.put("key.converter", JsonConverter.class.getName());
        settings.put("value.converter", JsonConverter.class.getName());
        settings.put("offset.storage.file.filename", "");
        settings.put(TargetSettings.MIGRATION, "m1");
        settings.put(TargetSettings.HOST, "127.0.0.1");
        settings.put(TargetSettings.PORT, "5432");
        settings.put(TargetSettings.DATABASE, "target");
        settings.put(TargetSettings.USER, "dflux");
        TargetOffsetStore store = new TargetOffsetStore();
        store.configure(new StandaloneConfig(settings));
        return store;
    }

    private static ByteBuffer utf8(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return bytes;
    }
}
