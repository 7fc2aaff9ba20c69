package ai.dflux.executor.domain;

import ai.dflux.contracts.conversion.ColumnPlan;
import ai.dflux.contracts.conversion.TablePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a newer revision's table plans add to the ones the target has, by source name: whole tables (to copy), columns
 * of tables it had, and columns whose target type changed (widened: the delta is additive).
 */
record PlanDifference(List<TablePlan> addedTables, List<String> addedColumns, List<String> widenedColumns) {

    static PlanDifference between(List<TablePlan> applied, List<TablePlan> next) {
        Map<String, TablePlan> before = applied.stream().collect(Collectors.toMap(PlanDifference::name,
                Function.identity(), (first, second) -> first));
        List<TablePlan> tables = new ArrayList<>();
        List<String> added = new ArrayList<>();
        List<String> widened = new ArrayList<>();
        for (TablePlan table : next) {
            TablePlan old = before.get(name(table));
            if (old == null) {
                tables.add(table);
                continue;
            }
            Map<String, ColumnPlan> oldColumns = old.columns().stream().collect(Collectors.toMap(ColumnPlan::source,
                    Function.identity(), (first, second) -> first));
            for (ColumnPlan column : table.columns()) {
                ColumnPlan was = oldColumns.get(column.source());
                if (was == null) {
                    added.add(name(table) + "." + column.source());
                } else if (!Objects.equals(was.targetType(), column.targetType())) {
                    widened.add(name(table) + "." + column.source());
                }
            }
        }
        return new PlanDifference(List.copyOf(tables), List.copyOf(added), List.copyOf(widened));
    }

    List<String> addedTableNames() {
        return addedTables.stream().map(PlanDifference::name).toList();
    }

    static String name(TablePlan table) {
        return table.sourceSchema() + "." + table.sourceTable();
    }
}
