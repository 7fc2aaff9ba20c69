package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.findings.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A rule that looks at each column of the dialects it applies to and reports the columns that match. */
abstract class ColumnRule extends DialectRule {


    ColumnRule(Set<String> dialects) {
        super(dialects);
    }

    /** Whether this column is a case of the hazard. */
    abstract boolean matches(TableInfo table, ColumnInfo column);

    abstract String message(TableInfo table, ColumnInfo column);

    abstract String remedy(TableInfo table, ColumnInfo column);

    @Override
    List<Finding> findIn(Catalog catalog) {
        List<Finding> found = new ArrayList<>();
        for (TableInfo table : catalog.tables()) {
            for (ColumnInfo column : table.columns()) {
                if (matches(table, column)) {
                    found.add(finding("column", table.qualifiedName() + "." + column.name(), message(table, column),
                            remedy(table, column)));
                }
            }
        }
        return found;
    }

    static String type(ColumnInfo column) {
        return column.dataType() == null ? "" : column.dataType().toLowerCase(Locale.ROOT).trim();
    }
}
