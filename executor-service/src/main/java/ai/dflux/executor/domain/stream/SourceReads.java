package ai.dflux.executor.domain.stream;

import ai.dflux.contracts.Dialect;
import javax.sql.DataSource;

/**
 * What the apply reads from the source, where a change alone does not carry a value: a moved PostgreSQL row's untouched
 * TOAST values, or which NULL dates of a MySQL/MariaDB row are zero dates. Either is null where the dialect has no need.
 * Both count their reads in {@code count}.
 */
record SourceReads(SourceRowReader movedRows, ZeroDateRecheck zeroDates, SourceReadCount count)
        implements AutoCloseable {

    static SourceReads of(Dialect dialect, DataSource source) {
        SourceReadCount count = new SourceReadCount();
        return switch (dialect) {
            case POSTGRESQL -> new SourceReads(new SourceRowReader(source, count), null, count);
            case MYSQL, MARIADB -> new SourceReads(null, new ZeroDateRecheck(source, count), count);
            case ORACLE -> new SourceReads(null, null, count);
        };
    }

    @Override
    public void close() {
        if (movedRows != null) {
            movedRows.close();
        }
        if (zeroDates != null) {
            zeroDates.close();
        }
    }
}
