package ai.dflux.executor.domain.stream;

import static ai.dflux.executor.domain.db.PostgresTables.quote;

import ai.dflux.contracts.conversion.ColumnPlan;
import ai.dflux.contracts.conversion.TablePlan;
import ai.dflux.executor.domain.db.PostgresFromItems;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Reads columns of one row from a PostgreSQL source as it is now, as text. A change carries the TOAST values it left
 * untouched only as placeholders: a row moved to a new key cannot take them from the row the target holds under the
 * old key, which may be another one, or none (after a copy resumed from a later snapshot than the stream's start), and
 * an update of a row the target lacks (in that case only) has nothing to take them from. The current value is right: a
 * later change of the column carries the new value in full and is applied after it.
 */
final class SourceRowReader implements AutoCloseable {

    private final KeptConnection source;
    private final SourceReadCount count;
    private final PostgresFromItems fromItems = new PostgresFromItems();

    SourceRowReader(DataSource source, SourceReadCount count) {
        this.source = new KeptConnection(source);
        this.count = count;
    }

    /** The columns' current text values, or empty when the row is not on the source any more. */
    Optional<List<String>> read(TablePlan table, List<ColumnPlan> keys, List<String> keyValues,
            List<ColumnPlan> columns) throws SQLException {
        String selected = columns.stream().map(c -> quote(c.source()) + "::text").collect(Collectors.joining(", "));
        String where = keys.stream().map(k -> quote(k.source()) + "::text = ?").collect(Collectors.joining(" AND "));
        return source.use(connection -> {
            String sql = "SELECT " + selected + " FROM " + fromItems.ownRows(connection, table) + " WHERE " + where;
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                for (int i = 0; i < keyValues.size(); i++) {
                    query.setString(i + 1, keyValues.get(i));
                }
                try (ResultSet rows = query.executeQuery()) {
                    count.counted(1);
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= columns.size(); i++) {
                        values.add(rows.getString(i));
                    }
                    return Optional.of(values);
                }
            }
        });
    }

    @Override
    public void close() {
        source.close();
    }
}
