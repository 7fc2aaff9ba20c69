package ai.dflux.contracts.catalog;

import java.time.Instant;
import java.util.List;

/**
 * What discovery read from a source database.
 *
 * @param partial true when some part could not be read; {@code problems} then says which
 */
public record Catalog(String dialect, String database, String serverVersion, Instant readAt, List<TableInfo> tables,
        boolean partial, List<String> problems) {

    public Catalog {
        tables = List.copyOf(tables);
        problems = List.copyOf(problems);
    }

    public int columnCount() {
        return tables.stream().mapToInt(t -> t.columns().size()).sum();
    }

    public long rowEstimate() {
        return tables.stream().mapToLong(TableInfo::rowEstimate).sum();
    }

    public int schemaCount() {
        return (int) tables.stream().map(TableInfo::schema).distinct().count();
    }
}
