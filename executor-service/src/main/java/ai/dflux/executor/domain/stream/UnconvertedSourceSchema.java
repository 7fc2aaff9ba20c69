package ai.dflux.executor.domain.stream;

/**
 * A change that the stream's plan cannot write whole (see {@link SourceSchemaGuard}); nothing of its unit was applied,
 * so the stream ends, waiting for the source schema's conversion, with its position before the change.
 */
final class UnconvertedSourceSchema extends RuntimeException {

    UnconvertedSourceSchema(String detail) {
        super(detail);
    }
}
