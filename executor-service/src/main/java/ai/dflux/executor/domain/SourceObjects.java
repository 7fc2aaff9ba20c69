package ai.dflux.executor.domain;

import java.util.UUID;

/** The names of what dflux creates on a source for one migration (replication slot and publication). */
public final class SourceObjects {

    private SourceObjects() {
    }

    /** {@code dflux_} and the migration id's 32 hex digits: a valid slot and publication name, unique per migration. */
    public static String nameOf(UUID migrationId) {
        return "dflux_" + migrationId.toString().replace("-", "");
    }
}
