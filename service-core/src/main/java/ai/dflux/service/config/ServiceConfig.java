package ai.dflux.service.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** What each service tells the shared parts about itself. */
@ConfigMapping(prefix = "dflux.service")
public interface ServiceConfig {

    /** The producer name stamped on the events this service publishes ({@code discovery-service}, ...). */
    String name();

    /** The service's own schema in the control-plane database. */
    String schema();

    /**
     * Whether the shared tracking consumer takes this service's events (a build property: agents whose own consumer is
     * not built yet set it).
     */
    @WithDefault("false")
    boolean trackingConsumer();

    /** How often the outbox relay looks for events to publish (the scheduler's finest step is one second). */
    @WithDefault("1s")
    Duration outboxPollInterval();

    /** Most events the relay publishes in one round. */
    @WithDefault("100")
    int outboxBatchSize();

    /** How long published outbox rows are kept (for an operator to look at) before they are deleted. */
    @WithDefault("P7D")
    Duration outboxRetention();

    /**
     * How long the ids of applied events are kept to recognise a redelivery. Must exceed the retention of the events
     * topic, or a consumer that re-reads the topic from the start would apply old events again.
     */
    @WithDefault("P30D")
    Duration processedEventRetention();

    /** How often old outbox and processed-event rows are deleted. */
    @WithDefault("1h")
    Duration cleanupInterval();

    /** How many times a consumer retries an event whose handling failed before it goes to the dead-letter topic. */
    @WithDefault("5")
    int intakeRetries();

    /**
     * The service token (a JWT of group {@code dflux-agent} issued by the gateway) this service presents when it reads
     * another agent's internal API. Empty for a service that calls no other agent.
     */
    Optional<String> agentToken();
}
