package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.findings.Finding;
import ai.dflux.contracts.findings.Severity;
import java.util.ArrayList;
import java.util.List;

/** Large-object columns make rows slow to copy and compare; one finding per table names all of them. */
class LargeObjectColumnRule implements FindingRule {

    @Override
    public String id() {
        return "LARGE_OBJECT_COLUMN";
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    public List<Finding> check(Catalog catalog) {
        List<Finding> found = new ArrayList<>();
        for (TableInfo table : catalog.tables()) {
            List<String> columns = table.columns().stream().filter(ColumnInfo::largeObject)
                    .map(c -> c.name() + " " + ColumnRule.type(c)).toList();
            if (!columns.isEmpty()) {
                found.add(finding("table", table.qualifiedName(), "large-object column(s): "
                        + String.join(", ", columns), "copied in streaming mode and compared by hash; change capture"
                        + " of a PostgreSQL source needs REPLICA IDENTITY FULL to see values an update left"
                        + " unchanged"));
            }
        }
        return found;
    }
}
