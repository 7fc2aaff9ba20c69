package ai.dflux.compatibility.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The Compatibility Agent's settings. */
@ConfigMapping(prefix = "dflux.compatibility")
public interface CompatibilityConfig {

    /** How often the worker looks for conversions to run. */
    @WithDefault("1s")
    Duration pollInterval();

    /**
     * How long a conversion keeps trying while discovery cannot serve the catalog or the target cannot be reached
     * (a restart, a network blip) before the migration fails with {@code CATALOG_UNAVAILABLE} or
     * {@code TARGET_UNREACHABLE}, counted from the conversion's request; a failed conversion is retried at least once.
     */
    @WithDefault("10m")
    Duration giveUpAfter();

    /** The longest pause between two attempts of a conversion that keeps failing. */
    @WithDefault("30s")
    Duration maxBackoff();
}
