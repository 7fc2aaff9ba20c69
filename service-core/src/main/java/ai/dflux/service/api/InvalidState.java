package ai.dflux.service.api;

/** A request that the migration's current phase does not allow; answered with 409 and nothing changes. */
public class InvalidState extends RuntimeException {

    public InvalidState(String message) {
        super(message);
    }
}
