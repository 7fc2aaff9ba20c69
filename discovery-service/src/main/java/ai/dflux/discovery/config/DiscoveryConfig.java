package ai.dflux.discovery.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How discovery reaches source databases. */
@ConfigMapping(prefix = "dflux.discovery")
public interface DiscoveryConfig {

    /** How long connecting to a source may take before it counts as unreachable. */
    @WithDefault("10s")
    Duration connectTimeout();

    /** How often the source of each running migration is read again to detect schema drift. */
    @WithDefault("60s")
    Duration driftInterval();

    /**
     * How long a deleted migration's connections are kept for the Executor to remove its replication slot and
     * publication from the source, should it not have done so by then (it was not running, or cannot reach the source).
     */
    @WithDefault("168h")
    Duration retiredConnectionRetention();
}
