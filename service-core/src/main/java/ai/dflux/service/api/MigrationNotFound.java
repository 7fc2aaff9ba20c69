package ai.dflux.service.api;

import java.util.UUID;

/** No migration with this id exists for the caller's tenant (another tenant's is not found either). */
public class MigrationNotFound extends RuntimeException {

    public MigrationNotFound(UUID id) {
        super("no migration " + id);
    }
}
