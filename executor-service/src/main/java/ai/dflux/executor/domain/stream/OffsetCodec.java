package ai.dflux.executor.domain.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.json.JsonConverterConfig;

/**
 * Source partitions and offsets in the bytes Kafka Connect's {@code OffsetStorageWriter} gives the offset store: the key
 * is the JSON array {@code [engine name, partition]}, the value the offset map, both by a JSON converter without
 * schemas, as the embedded engine configures it.
 */
final class OffsetCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String engineName;
    private final JsonConverter converter = new JsonConverter();

    OffsetCodec(String engineName) {
        this.engineName = engineName;
        converter.configure(Map.of(JsonConverterConfig.SCHEMAS_ENABLE_CONFIG, "false"), false);
    }

    byte[] key(Map<String, ?> partition) {
        return converter.fromConnectData(engineName, null, Arrays.asList(engineName, partition));
    }

    byte[] value(Map<String, ?> offset) {
        return converter.fromConnectData(engineName, null, offset);
    }

    /** Whether two serialized keys name the same partition, whatever the order of their JSON members. */
    static boolean sameJson(byte[] left, byte[] right) {
        return tree(left).equals(tree(right));
    }

    static JsonNode tree(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("an offset is not JSON", e);
        }
    }
}
