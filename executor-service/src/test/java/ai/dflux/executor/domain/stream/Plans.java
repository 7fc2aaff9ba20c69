package ai.dflux.executor.domain.stream;

import ai.dflux.contracts.conversion.ColumnPlan;
import ai.dflux.contracts.conversion.TablePlan;
import ai.dflux.contracts.conversion.ValueRule;
import java.util.ArrayList;
import java.util.List;

/** Table plans for tests: {@code "name"} keeps a column as it is, {@code "name:type:RULE"} gives type and rule. */
final class Plans {

    private Plans() {
    }

    static TablePlan table(String sourceSchema, String targetSchema, String table, List<String> key, String... columns) {
        List<ColumnPlan> plans = new ArrayList<>();
        for (String column : columns) {
            String[] parts = column.split(":");
            String type = parts.length > 1 && !parts[1].isEmpty() ? parts[1] : null;
            ValueRule rule = parts.length > 2 ? ValueRule.valueOf(parts[2]) : ValueRule.AS_IS;
            plans.add(new ColumnPlan(parts[0], parts[0], null, type, rule, false, null));
        }
        return new TablePlan(sourceSchema, table, targetSchema, table, plans, key);
    }
}
