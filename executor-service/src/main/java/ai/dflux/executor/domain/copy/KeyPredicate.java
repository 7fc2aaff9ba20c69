package ai.dflux.executor.domain.copy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The WHERE clause that selects one chunk by its key: row-value comparisons, so composite keys work as well. */
final class KeyPredicate {

    private KeyPredicate() {
    }

    /**
     * {@code WHERE (k1, k2) >= (l1, l2) AND (k1, k2) < (u1, u2)}, or "" for an unbounded chunk. {@code literal} turns
     * the i-th key's bound value into SQL (a quoted literal or a placeholder).
     */
    static String where(List<String> quotedKeys, Chunk chunk, Literal literal) {
        List<String> conditions = new ArrayList<>();
        if (chunk.lower() != null) {
            conditions.add(tuple(quotedKeys, Function.identity()) + " >= " + values(chunk.lower(), literal));
        }
        if (chunk.upper() != null) {
            conditions.add(tuple(quotedKeys, Function.identity()) + " < " + values(chunk.upper(), literal));
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    static String values(List<String> bound, Literal literal) {
        List<String> rendered = new ArrayList<>();
        for (int i = 0; i < bound.size(); i++) {
            rendered.add(literal.render(i, bound.get(i)));
        }
        return tuple(rendered, Function.identity());
    }

    private static String tuple(List<String> parts, Function<String, String> each) {
        List<String> mapped = parts.stream().map(each).toList();
        return mapped.size() == 1 ? mapped.get(0) : "(" + String.join(", ", mapped) + ")";
    }

    /** Renders the bound value of the key at {@code index}. */
    interface Literal {
        String render(int index, String value);
    }
}
