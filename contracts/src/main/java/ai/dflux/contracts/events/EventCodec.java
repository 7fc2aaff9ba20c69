package ai.dflux.contracts.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.UUID;

/**
 * Turns envelopes into JSON and back. Decoding never throws: a record this build cannot read is a {@link Decoded.Skipped}
 * so that one bad or future record never stops a consumer.
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // A newer producer may add optional fields within the same schema version.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private EventCodec() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String encode(EventEnvelope envelope) {
        try {
            return MAPPER.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot encode event " + envelope.type() + ": " + e.getMessage(), e);
        }
    }

    public static String encodePayload(Payload payload) {
        try {
            return MAPPER.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot encode payload " + payload.getClass().getSimpleName() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Any value (a stored catalog, a list of findings) as JSON in the same form events use. */
    public static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON: "
                    + e.getMessage(), e);
        }
    }

    public static Decoded decode(String json) {
        JsonNode root;
        try {
            root = json == null ? null : MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return new Decoded.Skipped(Decoded.SkipReason.MALFORMED, null, 0, "not JSON: " + e.getOriginalMessage());
        }
        if (!(root instanceof ObjectNode)) {
            return new Decoded.Skipped(Decoded.SkipReason.MALFORMED, null, 0, "not a JSON object");
        }
        String type = root.path("type").asText(null);
        int version = root.path("schemaVersion").asInt(0);
        if (type == null || version < 1) {
            return new Decoded.Skipped(Decoded.SkipReason.MALFORMED, type, version,
                    "missing field " + (type == null ? "type" : "schemaVersion"));
        }
        var known = EventTypes.find(type);
        if (known.isEmpty()) {
            return new Decoded.Skipped(Decoded.SkipReason.UNKNOWN_TYPE, type, version, "unknown event type " + type);
        }
        if (version > known.get().version()) {
            return new Decoded.Skipped(Decoded.SkipReason.NEWER_VERSION, type, version,
                    type + " version " + version + " is newer than version " + known.get().version()
                            + " that this build reads");
        }
        try {
            Payload payload = MAPPER.treeToValue(root.path("payload"), known.get().payloadClass());
            if (payload == null) {
                return new Decoded.Skipped(Decoded.SkipReason.MALFORMED, type, version, "missing field payload");
            }
            return new Decoded.Event(new EventEnvelope(
                    uuid(root, "eventId"), type, version, uuid(root, "migrationId"), text(root, "tenantId"),
                    Instant.parse(text(root, "occurredAt")), text(root, "producer"), optionalUuid(root, "causationId"),
                    payload));
        } catch (JsonProcessingException | RuntimeException e) {
            return new Decoded.Skipped(Decoded.SkipReason.MALFORMED, type, version, e.getMessage());
        }
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException("missing field " + field);
        }
        return node.asText();
    }

    private static UUID uuid(JsonNode root, String field) {
        return UUID.fromString(text(root, field));
    }

    private static UUID optionalUuid(JsonNode root, String field) {
        JsonNode node = root.get(field);
        return node == null || node.isNull() ? null : UUID.fromString(node.asText());
    }
}
