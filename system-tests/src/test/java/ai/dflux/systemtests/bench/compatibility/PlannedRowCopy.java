package ai.dflux.systemtests.bench.compatibility;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The benchmark's own copy of one table's rows, from MariaDB into the table dflux's DDL created, following dflux's
 * table plan: each written column read as {@link ColumnTransfer} says, changed by its value rule and written with a
 * batched INSERT in one transaction. dflux's Executor, which will copy data, is a later issue; until then this stands
 * in for it. When PostgreSQL rejects a batch, the table is copied again row by row, each row under a savepoint, so that
 * every row it takes arrives and each rejected row is counted, as a loader resuming on errors would do.
 */
final class PlannedRowCopy {

    private static final int BATCH_ROWS = 1000;

    /** What arrived of one table: {@code rejected} of {@code rows} were refused; the first refusal, or null. */
    record Outcome(PlannedTable table, int rows, int rejected, String firstRejection) {
    }

    private final PlannedTable table;
    private final List<ColumnTransfer> transfers;

    PlannedRowCopy(PlannedTable table) {
        this.table = table;
        this.transfers = table.writtenColumns().stream().map(ColumnTransfer::of).toList();
    }

    /**
     * {@code source}: a MariaDB connection in UTC with server-side prepared statements; {@code target}: a PostgreSQL
     * connection in UTC that sends strings untyped.
     */
    Outcome copy(Connection source, Connection target) throws SQLException {
        if (transfers.isEmpty()) {
            return new Outcome(table, 0, 0, null);
        }
        List<Object[]> rows = read(source);
        boolean autoCommit = target.getAutoCommit();
        target.setAutoCommit(false);
        try (PreparedStatement insert = target.prepareStatement(insertStatement())) {
            try {
                writeInBatches(insert, rows);
                target.commit();
                return new Outcome(table, rows.size(), 0, null);
            } catch (SQLException rejectedBatch) {
                target.rollback();
            }
            return writeRowByRow(target, insert, rows);
        } finally {
            target.setAutoCommit(autoCommit);
        }
    }

    private List<Object[]> read(Connection source) throws SQLException {
        String query = "SELECT " + transfers.stream().map(ColumnTransfer::sourceExpression)
                .collect(Collectors.joining(", ")) + " FROM " + Sql.quotedMariaDb(table.sourceSchema()) + "."
                + Sql.quotedMariaDb(table.sourceTable());
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement select = source.prepareStatement(query); ResultSet result = select.executeQuery()) {
            while (result.next()) {
                Object[] row = new Object[transfers.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = transfers.get(i).toTarget(transfers.get(i).read(result, i + 1));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private String insertStatement() {
        // OVERRIDING SYSTEM VALUE: the source's own numbers go into identity columns, as they are
        return "INSERT INTO " + table.qualifiedTarget() + " (" + transfers.stream().map(t -> t.column().target())
                .collect(Collectors.joining(", ")) + ") OVERRIDING SYSTEM VALUE VALUES ("
                + String.join(", ", Collections.nCopies(transfers.size(), "?")) + ")";
    }

    private void writeInBatches(PreparedStatement insert, List<Object[]> rows) throws SQLException {
        int pending = 0;
        for (Object[] row : rows) {
            bind(insert, row);
            insert.addBatch();
            if (++pending == BATCH_ROWS) {
                insert.executeBatch();
                pending = 0;
            }
        }
        if (pending > 0) {
            insert.executeBatch();
        }
    }

    private Outcome writeRowByRow(Connection target, PreparedStatement insert, List<Object[]> rows)
            throws SQLException {
        insert.clearBatch();
        int rejected = 0;
        String firstRejection = null;
        for (Object[] row : rows) {
            Savepoint beforeRow = target.setSavepoint();
            try {
                bind(insert, row);
                insert.executeUpdate();
                target.releaseSavepoint(beforeRow);
            } catch (SQLException e) {
                target.rollback(beforeRow);
                rejected++;
                if (firstRejection == null) {
                    firstRejection = "row " + key(row) + ": " + e.getMessage().replace('\n', ' ');
                }
            }
        }
        target.commit();
        return new Outcome(table, rows.size(), rejected, firstRejection);
    }

    private static void bind(PreparedStatement insert, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            ColumnTransfer.bind(insert, i + 1, row[i]);
        }
    }

    /** The row's primary key as {@code (name=value, ...)}, or the whole row without one. */
    private String key(Object[] row) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < transfers.size(); i++) {
            PlannedColumn column = transfers.get(i).column();
            if (table.targetPrimaryKey().isEmpty() || table.targetPrimaryKey().contains(column.target())) {
                parts.add(column.source() + "=" + shown(row[i]));
            }
        }
        return "(" + String.join(", ", parts) + ")";
    }

    private static String shown(Object value) {
        if (value instanceof byte[] bytes) {
            return "0x" + java.util.HexFormat.of().formatHex(bytes);
        }
        String text = String.valueOf(value);
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
