package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.catalog.IndexInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.findings.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A rule that looks at each index of the dialects it applies to. */
abstract class IndexRule extends DialectRule {


    IndexRule(Set<String> dialects) {
        super(dialects);
    }

    abstract boolean matches(TableInfo table, IndexInfo index);

    abstract String message(TableInfo table, IndexInfo index);

    abstract String remedy();

    @Override
    List<Finding> findIn(Catalog catalog) {
        List<Finding> found = new ArrayList<>();
        for (TableInfo table : catalog.tables()) {
            for (IndexInfo index : table.indexes()) {
                if (matches(table, index)) {
                    found.add(finding("index", table.qualifiedName() + "." + index.name(), message(table, index),
                            remedy()));
                }
            }
        }
        return found;
    }
}
