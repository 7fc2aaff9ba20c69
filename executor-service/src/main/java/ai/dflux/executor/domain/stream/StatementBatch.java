package ai.dflux.executor.domain.stream;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The target statements of one apply, in source order. Consecutive statements with the same text run as one JDBC
 * batch; the order between different statements is kept, so a delete and a re-insert of one key stay in sequence.
 */
final class StatementBatch {

    private record Entry(String sql, List<String> parameters) {
    }

    private final List<Entry> entries = new ArrayList<>();

    void add(String sql, List<String> parameters) {
        // a NULL value is a null parameter, which List.copyOf would reject
        entries.add(new Entry(sql, Collections.unmodifiableList(new ArrayList<>(parameters))));
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    int size() {
        return entries.size();
    }

    /** Runs the statements; returns the number of rows they changed. */
    long execute(Connection connection) throws SQLException {
        long rows = 0;
        int start = 0;
        while (start < entries.size()) {
            String sql = entries.get(start).sql();
            int end = start;
            while (end < entries.size() && entries.get(end).sql().equals(sql)) {
                end++;
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (Entry entry : entries.subList(start, end)) {
                    List<String> parameters = entry.parameters();
                    for (int i = 0; i < parameters.size(); i++) {
                        statement.setObject(i + 1, parameters.get(i), Types.OTHER);
                    }
                    statement.addBatch();
                }
                for (int count : statement.executeBatch()) {
                    rows += Math.max(count, 0);
                }
            }
            start = end;
        }
        return rows;
    }
}
