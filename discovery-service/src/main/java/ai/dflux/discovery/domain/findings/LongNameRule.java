package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.findings.Finding;
import ai.dflux.contracts.findings.Severity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** PostgreSQL keeps 63 bytes of a name; longer table, index, constraint, view or routine names are cut. */
class LongNameRule implements FindingRule {

    private static final int LIMIT = 63;

    @Override
    public String id() {
        return "NAME_TOO_LONG";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<Finding> check(Catalog catalog) {
        List<Finding> found = new ArrayList<>();
        for (TableInfo table : catalog.tables()) {
            report(found, "table", table.schema(), table.name());
            table.indexes().forEach(i -> report(found, "index", table.schema(), i.name()));
            table.foreignKeys().forEach(f -> report(found, "constraint", table.schema(), f.name()));
            table.uniqueConstraints().forEach(u -> report(found, "constraint", table.schema(), u.name()));
            table.checkConstraints().forEach(c -> report(found, "constraint", table.schema(), c.name()));
        }
        catalog.views().forEach(v -> report(found, "view", v.schema(), v.name()));
        catalog.sequences().forEach(s -> report(found, "sequence", s.schema(), s.name()));
        catalog.routines().forEach(r -> report(found, "routine", r.schema(), r.name()));
        catalog.triggers().forEach(t -> report(found, "trigger", t.schema(), t.name()));
        return found;
    }

    private void report(List<Finding> found, String kind, String schema, String name) {
        if (name != null && name.getBytes(StandardCharsets.UTF_8).length > LIMIT) {
            found.add(finding(kind, schema + "." + name, "the name is " + name.getBytes(StandardCharsets.UTF_8).length
                    + " bytes long; PostgreSQL keeps " + LIMIT, "dflux shortens it and keeps the new name in the"
                    + " migration's name map; code that names the object must use the new name"));
        }
    }
}
