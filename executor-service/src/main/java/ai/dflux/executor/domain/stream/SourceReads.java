package ai.dflux.executor.domain.stream;

import ai.dflux.contracts.Dialect;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * What the apply reads from the source, where a change alone does not carry a value: a moved PostgreSQL row's untouched
 * TOAST values ({@link #movedRows()}), or which NULL dates of a MySQL/MariaDB row are zero dates ({@link #zeroDates()}).
 * A dialect has only the reader it needs. Both count their reads in {@link #count()}.
 */
final class SourceReads implements AutoCloseable {

    private final Optional<SourceRowReader> movedRows;
    private final Optional<ZeroDateRecheck> zeroDates;
    private final SourceReadCount count;

    private SourceReads(SourceRowReader movedRows, ZeroDateRecheck zeroDates, SourceReadCount count) {
        this.movedRows = Optional.ofNullable(movedRows);
        this.zeroDates = Optional.ofNullable(zeroDates);
        this.count = count;
    }

    static SourceReads of(Dialect dialect, DataSource source) {
        SourceReadCount count = new SourceReadCount();
        return switch (dialect) {
            case POSTGRESQL -> new SourceReads(new SourceRowReader(source, count), null, count);
            case MYSQL, MARIADB -> new SourceReads(null, new ZeroDateRecheck(source, count), count);
            case ORACLE -> new SourceReads(null, null, count);
        };
    }

    Optional<SourceRowReader> movedRows() {
        return movedRows;
    }

    Optional<ZeroDateRecheck> zeroDates() {
        return zeroDates;
    }

    SourceReadCount count() {
        return count;
    }

    @Override
    public void close() {
        movedRows.ifPresent(SourceRowReader::close);
        zeroDates.ifPresent(ZeroDateRecheck::close);
    }
}
