package ai.dflux.compatibility.domain.sql;

/** Thrown inside a translation when a construct has no faithful PostgreSQL form; becomes {@link Translation#failed}. */
final class UntranslatableSql extends RuntimeException {

    UntranslatableSql(String reason) {
        super(reason, null, false, false);
    }
}
