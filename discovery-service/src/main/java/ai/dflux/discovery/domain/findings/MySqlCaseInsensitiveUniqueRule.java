package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.IndexInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.findings.Severity;
import ai.dflux.contracts.catalog.ColumnInfo;
import java.util.Locale;

/** A unique index over case-insensitive text accepts different rows in PostgreSQL, where comparison is case-sensitive. */
class MySqlCaseInsensitiveUniqueRule extends IndexRule {

    MySqlCaseInsensitiveUniqueRule() {
        super(Dialects.MYSQL_FAMILY);
    }

    @Override
    public String id() {
        return "CASE_INSENSITIVE_UNIQUE";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    boolean matches(TableInfo table, IndexInfo index) {
        return (index.unique() || index.primary()) && index.columns().stream().anyMatch(name -> table.columns().stream()
                .anyMatch(c -> c.name().equals(name) && isCaseInsensitiveText(c)));
    }

    @Override
    String message(TableInfo table, IndexInfo index) {
        return "unique index " + index.columns() + " compares text case-insensitively on the source ('Ann' = 'ANN'); on PostgreSQL both could be inserted, and rows that differ only in trailing spaces or case collide differently";
    }

    @Override
    String remedy() {
        return "keep the rule with a unique index on lower(col) or a nondeterministic ICU collation (und-u-ks-level2); review rows that differ only in case before cutover";
    }

    private static boolean isCaseInsensitiveText(ColumnInfo column) {
        String type = ColumnRule.type(column);
        boolean text = type.startsWith("char") || type.startsWith("varchar") || type.contains("text")
                || type.startsWith("enum");
        return text && (column.collation() == null || column.collation().toLowerCase(Locale.ROOT).endsWith("_ci"));
    }
}
