package ai.dflux.contracts.conversion;

import java.util.List;

/**
 * Where one source table's rows go, column by column, for the Executor. Target names are quoted where needed, ready to
 * be written into SQL.
 */
public record TablePlan(String sourceSchema, String sourceTable, String targetSchema, String targetTable,
        List<ColumnPlan> columns, List<String> targetPrimaryKey) {

    public TablePlan {
        columns = List.copyOf(columns);
        targetPrimaryKey = List.copyOf(targetPrimaryKey);
    }
}
