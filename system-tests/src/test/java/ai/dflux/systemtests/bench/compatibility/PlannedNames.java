package ai.dflux.systemtests.bench.compatibility;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * How dflux names a source table or column on the target, read from its table plans, as a {@link MigratedDatabase}
 * needs it: one function for tables and columns, unquoted (the plans quote a name where PostgreSQL needs it, and an
 * unquoted name is folded to lower case by PostgreSQL). A name no plan mentions is left as it is.
 */
final class PlannedNames implements UnaryOperator<String> {

    private final Map<String, String> targetBySource = new HashMap<>();

    PlannedNames(List<PlannedTable> plans) {
        for (PlannedTable table : plans) {
            put(table.sourceTable(), table.targetTable());
            for (PlannedColumn column : table.columns()) {
                put(column.source(), column.target());
            }
        }
    }

    @Override
    public String apply(String sourceName) {
        return targetBySource.getOrDefault(sourceName, sourceName);
    }

    /** The name PostgreSQL creates for an identifier as written in SQL. */
    static String unquoted(String identifier) {
        if (identifier.length() >= 2 && identifier.startsWith("\"") && identifier.endsWith("\"")) {
            return identifier.substring(1, identifier.length() - 1).replace("\"\"", "\"");
        }
        return identifier.toLowerCase(Locale.ROOT);
    }

    private void put(String source, String quotedTarget) {
        String target = unquoted(quotedTarget);
        String earlier = targetBySource.putIfAbsent(source, target);
        if (earlier != null && !earlier.equals(target)) {
            // the comparison maps tables and columns with one function, so it could not follow such a plan
            throw new IllegalStateException("dflux's plans name source identifier " + source + " both " + earlier
                    + " and " + target + " on the target");
        }
    }
}
