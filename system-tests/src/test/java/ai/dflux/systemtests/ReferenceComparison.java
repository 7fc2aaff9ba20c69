package ai.dflux.systemtests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Compares the tables, columns, types and keys of a converted schema with a hand-made port ({@link TargetSchema}). */
public final class ReferenceComparison {

    private ReferenceComparison() {
    }

    public static List<SchemaDifference> between(Map<String, Map<String, String>> ours,
            Map<String, Map<String, String>> reference) {
        List<SchemaDifference> differences = new ArrayList<>();
        TreeSet<String> tables = new TreeSet<>(ours.keySet());
        tables.addAll(reference.keySet());
        for (String table : tables) {
            Map<String, String> mine = ours.get(table);
            Map<String, String> theirs = reference.get(table);
            if (mine == null || theirs == null) {
                differences.add(new SchemaDifference(mine == null ? "table only in reference" : "table only in ours",
                        table, null, null, null));
                continue;
            }
            TreeSet<String> items = new TreeSet<>(mine.keySet());
            items.addAll(theirs.keySet());
            for (String item : items) {
                boolean key = item.startsWith("PK(") || item.startsWith("FK(");
                String a = mine.get(item);
                String b = theirs.get(item);
                if (a == null || b == null) {
                    String what = (key ? "key" : "column") + (a == null ? " only in reference" : " only in ours");
                    differences.add(new SchemaDifference(what, table, item, a, b));
                } else if (!a.equals(b)) {
                    differences.add(new SchemaDifference("type", table, item, a, b));
                }
            }
        }
        return differences;
    }
}
