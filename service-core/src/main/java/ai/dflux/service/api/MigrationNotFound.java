package ai.dflux.service.api;

import java.util.UUID;

/** No migration with this id exists for the caller's tenant (another tenant's is not found either). */
public class MigrationNotFound extends RuntimeException {

    public MigrationNotFound(UUID id) {
        super("no migration " + id);
    }

    /** The migration exists but the part asked for does not (yet); {@code detail} says which. */
    public MigrationNotFound(String detail) {
        super(detail);
    }
}
