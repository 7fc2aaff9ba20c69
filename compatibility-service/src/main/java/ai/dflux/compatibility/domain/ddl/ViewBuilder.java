package ai.dflux.compatibility.domain.ddl;

import ai.dflux.compatibility.domain.sql.Translation;
import ai.dflux.contracts.catalog.ViewInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code CREATE VIEW} and {@code CREATE MATERIALIZED VIEW ... WITH NO DATA} with translated queries, ordered so that a
 * view comes after the views it reads.
 */
final class ViewBuilder {

    private final ConversionContext context;
    private final RelationReferences references;

    ViewBuilder(ConversionContext context) {
        this.context = context;
        this.references = new RelationReferences(context);
    }

    /** Every view of the catalog, in an order PostgreSQL can create them in. */
    List<ConvertedObject> build() {
        Map<String, ObjectDraft> drafts = new TreeMap<>();
        Map<String, Set<String>> dependencies = new HashMap<>();
        for (ViewInfo view : context.catalog().views()) {
            String target = context.names().qualified(view.schema(), view.name());
            ObjectDraft draft = new ObjectDraft(ObjectKind.VIEW, view.schema() + "." + view.name(), target,
                    DdlPart.CODE).definition(view.definition()).dependsOn(context.names().schema(view.schema()));
            Translation query = view.definition() == null ? Translation.failed("the source gave no definition")
                    : context.translator().query(view.definition(), context.names());
            if (query == null || !query.translated()) {
                draft.manual("the query of view " + view.name() + " cannot be translated: "
                        + (query == null ? "the translator returned nothing" : query.failure()));
            } else {
                query.warnings().forEach(draft::warn);
                String sql = query.sql().strip();
                if (view.materialized()) {
                    draft.statement("CREATE MATERIALIZED VIEW " + target + " AS\n" + sql + "\nWITH NO DATA");
                    draft.warn("materialized view " + view.name() + " is created empty (WITH NO DATA): run REFRESH"
                            + " MATERIALIZED VIEW " + target + " once the data is copied");
                } else {
                    draft.statement("CREATE VIEW " + target + " AS\n" + sql);
                }
            }
            Set<String> used = new LinkedHashSet<>();
            used.addAll(references.in(query != null && query.translated() ? query.sql() : null));
            used.addAll(references.inSource(view.definition()));
            used.remove(target);
            used.forEach(draft::dependsOn);
            drafts.put(target, draft);
            dependencies.put(target, used);
        }
        List<ConvertedObject> ordered = new ArrayList<>();
        for (String target : dependencyOrder(drafts.keySet(), dependencies)) {
            ordered.add(drafts.get(target).build());
        }
        return ordered;
    }

    /** Views after the views they read; among views free to go, by name. Views in a cycle go last, by name. */
    private static List<String> dependencyOrder(Set<String> views, Map<String, Set<String>> dependencies) {
        List<String> order = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        List<String> remaining = new ArrayList<>(views);
        remaining.sort(Comparator.naturalOrder());
        boolean progress = true;
        while (!remaining.isEmpty() && progress) {
            progress = false;
            for (String view : remaining) {
                boolean ready = dependencies.get(view).stream().noneMatch(d -> views.contains(d) && !placed.contains(d));
                if (ready) {
                    order.add(view);
                    placed.add(view);
                    remaining.remove(view);
                    progress = true;
                    break;
                }
            }
        }
        order.addAll(remaining);
        return order;
    }
}
