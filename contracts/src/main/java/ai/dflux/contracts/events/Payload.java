package ai.dflux.contracts.events;

/**
 * The body of an event. Each payload record declares {@code TYPE} and {@code VERSION} constants and is listed in
 * {@link EventTypes}, which gives the envelope its type and schema version.
 */
public interface Payload {
}
