package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.findings.Finding;
import ai.dflux.contracts.findings.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Names that differ only in case ({@code Orders} and {@code orders}) become the same name once folded to PostgreSQL's
 * lower case, so one would overwrite the other.
 */
class NamesCollideAfterFoldingRule implements FindingRule {

    @Override
    public String id() {
        return "NAMES_COLLIDE_AFTER_CASE_FOLDING";
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKER;
    }

    @Override
    public List<Finding> check(Catalog catalog) {
        List<Finding> found = new ArrayList<>();
        // Reported on both tables, so that the assessment marks each of them for a person's decision.
        collisions(catalog.tables(), t -> t.schema() + "." + t.name()).forEach(pair -> {
            for (String table : pair.split(" / ")) {
                found.add(finding("table", table, "two tables differ only in the case of their names: " + pair,
                        "rename one on the source, or give one a new name by override"));
            }
        });
        for (TableInfo table : catalog.tables()) {
            collisions(table.columns(), c -> c.name()).forEach(pair -> found.add(finding("column",
                    table.qualifiedName(), "two columns differ only in case: " + pair,
                    "rename one on the source, or give one a new name by override")));
        }
        return found;
    }

    private static <T> List<String> collisions(List<T> items, Function<T, String> name) {
        Map<String, String> seen = new HashMap<>();
        List<String> pairs = new ArrayList<>();
        for (T item : items) {
            String original = name.apply(item);
            String previous = seen.putIfAbsent(original.toLowerCase(Locale.ROOT), original);
            if (previous != null && !previous.equals(original)) {
                pairs.add(previous + " / " + original);
            }
        }
        return pairs;
    }
}
