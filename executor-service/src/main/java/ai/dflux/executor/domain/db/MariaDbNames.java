package ai.dflux.executor.domain.db;

import ai.dflux.contracts.conversion.TablePlan;

/** MySQL/MariaDB identifiers in SQL: backquoted, a backquote inside doubled. */
public final class MariaDbNames {

    private MariaDbNames() {
    }

    public static String quote(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
    }

    /** The plan's source table, qualified by its database when the plan names one. */
    public static String table(TablePlan table) {
        return (table.sourceSchema() == null || table.sourceSchema().isEmpty() ? "" : quote(table.sourceSchema()) + ".")
                + quote(table.sourceTable());
    }
}
