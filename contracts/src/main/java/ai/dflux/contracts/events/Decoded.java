package ai.dflux.contracts.events;

/** What decoding one Kafka record gave: an event this build understands, or a reason to skip the record. */
public sealed interface Decoded {

    record Event(EventEnvelope envelope) implements Decoded {
    }

    /**
     * A record to pass over without failing the consumer.
     *
     * @param type the record's type when it could be read, else null
     */
    record Skipped(SkipReason reason, String type, int schemaVersion, String detail) implements Decoded {
    }

    enum SkipReason {
        UNKNOWN_TYPE, NEWER_VERSION, MALFORMED
    }
}
