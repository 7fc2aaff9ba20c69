package ai.dflux.contracts.events;

import java.util.Map;

/** A tenant registered a migration; discovery starts from it. */
public record MigrationCreated(String name, ConnectionInfo source, ConnectionInfo target, Map<String, String> options)
        implements Payload {
    public static final String TYPE = "MigrationCreated";
    public static final int VERSION = 1;
}
