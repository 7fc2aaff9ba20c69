package ai.dflux.executor.domain.stream;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The target statements of one apply. Each table's statements keep their source order, so a delete and a re-insert of
 * one key stay in sequence. When the apply may reorder across tables (no trigger or foreign key check runs, as under
 * {@code session_replication_role = replica}), each table's statements run together; otherwise all keep the source
 * order. Consecutive statements with the same text then run as one JDBC batch, one round trip: a commit unit of many
 * source transactions that each touch several tables costs a round trip per table, not per change.
 */
final class StatementBatch {

    /** One run of consecutive statements with the same text, executed as one JDBC batch. */
    record Run(String sql, List<List<String>> parameters) {
    }

    /** Where one table's statements go. */
    interface TableStatements {
        void add(String sql, List<String> parameters);
    }

    private record Entry(String table, String sql, List<String> parameters) {
    }

    private final boolean groupByTable;
    private final List<Entry> entries = new ArrayList<>();

    StatementBatch(boolean groupByTable) {
        this.groupByTable = groupByTable;
    }

    TableStatements forTable(String table) {
        // a NULL value is a null parameter, which List.copyOf would reject
        return (sql, parameters) -> entries.add(new Entry(table, sql,
                Collections.unmodifiableList(new ArrayList<>(parameters))));
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    int size() {
        return entries.size();
    }

    /** The statements in the order they run, consecutive ones with the same text as one run. */
    List<Run> runs() {
        List<Run> runs = new ArrayList<>();
        Run current = null;
        for (Entry entry : ordered()) {
            if (current == null || !current.sql().equals(entry.sql())) {
                current = new Run(entry.sql(), new ArrayList<>());
                runs.add(current);
            }
            current.parameters().add(entry.parameters());
        }
        return runs;
    }

    private List<Entry> ordered() {
        if (!groupByTable) {
            return entries;
        }
        Map<String, List<Entry>> byTable = new LinkedHashMap<>();
        for (Entry entry : entries) {
            byTable.computeIfAbsent(entry.table(), table -> new ArrayList<>()).add(entry);
        }
        List<Entry> ordered = new ArrayList<>(entries.size());
        byTable.values().forEach(ordered::addAll);
        return ordered;
    }

    /** Runs the statements; returns the number of rows they changed. */
    long execute(Connection connection) throws SQLException {
        long rows = 0;
        for (Run run : runs()) {
            try (PreparedStatement statement = connection.prepareStatement(run.sql())) {
                for (List<String> parameters : run.parameters()) {
                    for (int i = 0; i < parameters.size(); i++) {
                        statement.setObject(i + 1, parameters.get(i), Types.OTHER);
                    }
                    statement.addBatch();
                }
                for (int count : statement.executeBatch()) {
                    rows += Math.max(count, 0);
                }
            }
        }
        return rows;
    }
}
