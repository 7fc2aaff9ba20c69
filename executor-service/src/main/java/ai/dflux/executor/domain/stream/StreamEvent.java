package ai.dflux.executor.domain.stream;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * What one engine record is for the applier: a row change, a transaction boundary, a heartbeat, or nothing to apply.
 *
 * @param sourceTable {@code schema.table} (PostgreSQL) or {@code database.table} (MySQL/MariaDB) of a row change; else
 *     null
 */
record StreamEvent(Kind kind, SourceRecord record, String sourceTable) {

    static final String HEARTBEAT_PREFIX = "dflux_heartbeat";
    private static final String TRANSACTION_SUFFIX = ".transaction";

    enum Kind {
        ROW_CHANGE, TRANSACTION_BEGIN, TRANSACTION_END, HEARTBEAT, SOURCE_HEARTBEAT, IGNORED
    }

    static StreamEvent of(SourceRecord record, String topicPrefix) {
        return of(record, topicPrefix, new HashMap<>());
    }

    /**
     * @param tablesByTopic the source table of each topic seen so far, filled as new ones come: every change of a table
     *     has the same topic, so its name is read from the record once
     */
    static StreamEvent of(SourceRecord record, String topicPrefix, Map<String, String> tablesByTopic) {
        Kind kind = kindOf(record, topicPrefix);
        if (kind != Kind.ROW_CHANGE) {
            return new StreamEvent(kind, record, null);
        }
        String table = record.topic() == null ? tableOf((Struct) record.value())
                : tablesByTopic.computeIfAbsent(record.topic(), topic -> tableOf((Struct) record.value()));
        return new StreamEvent(kind, record, table);
    }

    private static Kind kindOf(SourceRecord record, String topicPrefix) {
        if (!(record.value() instanceof Struct value)) {
            return Kind.IGNORED;
        }
        String topic = record.topic() == null ? "" : record.topic();
        if (isTransactionTopic(topic, topicPrefix)) {
            return "BEGIN".equals(value.getString("status")) ? Kind.TRANSACTION_BEGIN : Kind.TRANSACTION_END;
        }
        if (topic.startsWith("__debezium-heartbeat")) {
            return Kind.HEARTBEAT;
        }
        Field op = value.schema().field("op");
        if (op == null) {
            return Kind.IGNORED;
        }
        String operation = value.getString("op");
        if ("m".equals(operation)) {
            Struct message = value.getStruct("message");
            return message != null && HEARTBEAT_PREFIX.equals(message.getString("prefix")) ? Kind.SOURCE_HEARTBEAT
                    : Kind.IGNORED;
        }
        return Kind.ROW_CHANGE;
    }

    Struct value() {
        return (Struct) record.value();
    }

    /** The source's commit time of a row change, or the source clock written into a heartbeat message; else null. */
    Instant sourceTime() {
        if (kind == Kind.SOURCE_HEARTBEAT) {
            Object content = value().getStruct("message").get("content");
            byte[] bytes = content instanceof ByteBuffer buffer ? bytesOf(buffer) : (byte[]) content;
            return Instant.ofEpochMilli(Long.parseLong(new String(bytes, StandardCharsets.UTF_8).trim()));
        }
        if (kind != Kind.ROW_CHANGE) {
            return null;
        }
        Struct source = value().getStruct("source");
        if (source == null || source.schema().field("ts_ms") == null || source.getInt64("ts_ms") == null) {
            return null;
        }
        return Instant.ofEpochMilli(source.getInt64("ts_ms"));
    }

    /** {@code <prefix>.transaction}, compared without building the name for every change. */
    private static boolean isTransactionTopic(String topic, String topicPrefix) {
        return topic.length() == topicPrefix.length() + TRANSACTION_SUFFIX.length() && topic.startsWith(topicPrefix)
                && topic.endsWith(TRANSACTION_SUFFIX);
    }

    private static String tableOf(Struct value) {
        Struct source = value.getStruct("source");
        String container = source.schema().field("schema") != null && source.getString("schema") != null
                ? source.getString("schema") : source.getString("db");
        return container + "." + source.getString("table");
    }

    private static byte[] bytesOf(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return bytes;
    }
}
