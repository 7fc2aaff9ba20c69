package ai.dflux.executor.domain.copy;

/** Thrown inside a chunk when the copy is cancelled; the chunk's target transaction is rolled back. */
final class CopyCancelledException extends RuntimeException {

    CopyCancelledException() {
        super("copy cancelled", null, false, false);
    }
}
