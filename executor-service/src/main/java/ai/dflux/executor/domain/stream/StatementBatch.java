package ai.dflux.executor.domain.stream;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The target statements of one apply. Each table's statements keep their source order, so a delete and a re-insert of
 * one key stay in sequence. When the apply may reorder across tables (no trigger or foreign key check runs, as under
 * {@code session_replication_role = replica}), each table's statements run together; otherwise all keep the source
 * order. Consecutive statements with the same text then run as one JDBC batch, one round trip: a commit unit of many
 * source transactions that each touch several tables costs a round trip per table, not per change.
 *
 * <p>Where a table's statements run together and only its primary key is unique ({@link TargetRules}), an upsert of a
 * row replaces each of the same row's earlier upserts in the batch that set no column it does not set (an update that
 * left a TOAST value untouched sets fewer, and the upsert before it stays): a row updated many times in a unit, as
 * pgbench's branches and tellers are, is written once. An update of some of a row's columns merges the same way. Any
 * other statement on the table ends what may merge there.
 */
final class StatementBatch {

    /**
     * One run of consecutive statements with the same text, executed as one JDBC batch; {@code whenNoRow} holds, for
     * each, what runs when it changed no row (null for most).
     */
    record Run(String sql, List<List<String>> parameters, List<WhenNoRow> whenNoRow) {
    }

    /** A statement with its parameters. */
    record Statement(String sql, List<String> parameters) {
    }

    /**
     * What runs in place of an update that found no row to change: the statement that writes the row whole, or none
     * when there is no row to write. Asked for only then, right after the update's run.
     */
    interface WhenNoRow {
        Optional<Statement> statement() throws SQLException;
    }

    /** Where one table's statements go. */
    interface TableStatements {
        void add(String sql, List<String> parameters);

        /** An idempotent write of the row whose key values are {@code key}, setting {@code columns}. */
        void upsert(String sql, List<String> parameters, List<String> key, BitSet columns);

        /**
         * An update of some of the row's columns, merged as an {@link #upsert} is; when it changes no row,
         * {@code whenNoRow} runs in its place.
         */
        void update(String sql, List<String> parameters, List<String> key, BitSet columns, WhenNoRow whenNoRow);

        /** Whether {@link #upsert} may merge a row's writes here; else an upsert is a plain {@link #add}. */
        boolean mergesRowWrites();
    }

    /**
     * A statement; {@code columns} is what an upsert or update sets, null for any other statement; {@code whenNoRow}
     * what runs when it changes no row, if anything.
     */
    private record Entry(String table, String sql, List<String> parameters, BitSet columns, WhenNoRow whenNoRow) {
    }

    private final boolean groupByTable;
    /** The statements in source order; an upsert merged into a later one leaves a null. */
    private final List<Entry> entries = new ArrayList<>();
    /** Per table that merges: where in {@link #entries} each row's upserts still stand, by key values. */
    private final Map<String, Map<List<String>, List<Integer>>> upsertsByRow = new HashMap<>();
    private int merged;

    StatementBatch(boolean groupByTable) {
        this.groupByTable = groupByTable;
    }

    /** @param mergesRowWrites whether only the table's primary key is unique, so that a row's upserts may merge */
    TableStatements forTable(String table, boolean mergesRowWrites) {
        Map<List<String>, List<Integer>> upserts = groupByTable && mergesRowWrites
                ? upsertsByRow.computeIfAbsent(table, t -> new HashMap<>()) : null;
        return new TableStatements() {
            @Override
            public void add(String sql, List<String> parameters) {
                if (upserts != null) {
                    upserts.clear();
                }
                entries.add(new Entry(table, sql, copy(parameters), null, null));
            }

            @Override
            public void upsert(String sql, List<String> parameters, List<String> key, BitSet columns) {
                rowWrite(sql, parameters, key, columns, null);
            }

            @Override
            public void update(String sql, List<String> parameters, List<String> key, BitSet columns,
                    WhenNoRow whenNoRow) {
                rowWrite(sql, parameters, key, columns, whenNoRow);
            }

            private void rowWrite(String sql, List<String> parameters, List<String> key, BitSet columns,
                    WhenNoRow whenNoRow) {
                if (upserts != null) {
                    List<Integer> standing = upserts.computeIfAbsent(key, k -> new ArrayList<>(2));
                    standing.removeIf(earlier -> replaces(columns, earlier));
                    standing.add(entries.size());
                }
                entries.add(new Entry(table, sql, copy(parameters), columns, whenNoRow));
            }

            @Override
            public boolean mergesRowWrites() {
                return upserts != null;
            }
        };
    }

    /** Drops the earlier upsert when the later one sets every column it set. */
    private boolean replaces(BitSet later, int earlier) {
        if (!setsAllOf(later, entries.get(earlier).columns())) {
            return false;
        }
        entries.set(earlier, null);
        merged++;
        return true;
    }

    private static boolean setsAllOf(BitSet later, BitSet earlier) {
        if (later == earlier) {
            return true; // one column set, one cached BitSet
        }
        for (int column = earlier.nextSetBit(0); column >= 0; column = earlier.nextSetBit(column + 1)) {
            if (!later.get(column)) {
                return false;
            }
        }
        return true;
    }

    /** A NULL value is a null parameter, which List.copyOf would reject. */
    private static List<String> copy(List<String> parameters) {
        return Collections.unmodifiableList(new ArrayList<>(parameters));
    }

    /** How many upserts were merged into a later write of the same row. */
    int merged() {
        return merged;
    }

    /** The statements in the order they run, consecutive ones with the same text as one run. */
    List<Run> runs() {
        List<Run> runs = new ArrayList<>();
        Run current = null;
        for (Entry entry : ordered()) {
            if (current == null || !current.sql().equals(entry.sql())) {
                current = new Run(entry.sql(), new ArrayList<>(), new ArrayList<>());
                runs.add(current);
            }
            current.parameters().add(entry.parameters());
            current.whenNoRow().add(entry.whenNoRow());
        }
        return runs;
    }

    private List<Entry> ordered() {
        if (!groupByTable) {
            return entries;
        }
        Map<String, List<Entry>> byTable = new LinkedHashMap<>();
        for (Entry entry : entries) {
            if (entry != null) {
                byTable.computeIfAbsent(entry.table(), table -> new ArrayList<>()).add(entry);
            }
        }
        List<Entry> ordered = new ArrayList<>(entries.size());
        byTable.values().forEach(ordered::addAll);
        return ordered;
    }

    /** Runs the statements; returns the number of rows they changed, a merged upsert counted as its row's change. */
    long execute(Connection connection) throws SQLException {
        long rows = merged;
        for (Run run : runs()) {
            int[] counts;
            try (PreparedStatement statement = connection.prepareStatement(run.sql())) {
                for (List<String> parameters : run.parameters()) {
                    bind(statement, parameters);
                    statement.addBatch();
                }
                counts = statement.executeBatch();
            }
            for (int i = 0; i < counts.length; i++) {
                WhenNoRow whenNoRow = run.whenNoRow().get(i);
                rows += counts[i] == 0 && whenNoRow != null ? executeInstead(connection, whenNoRow)
                        : Math.max(counts[i], 0);
            }
        }
        return rows;
    }

    private static int executeInstead(Connection connection, WhenNoRow whenNoRow) throws SQLException {
        Optional<Statement> instead = whenNoRow.statement();
        if (instead.isEmpty()) {
            return 0;
        }
        try (PreparedStatement statement = connection.prepareStatement(instead.get().sql())) {
            bind(statement, instead.get().parameters());
            return statement.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, List<String> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i), Types.OTHER);
        }
    }
}
