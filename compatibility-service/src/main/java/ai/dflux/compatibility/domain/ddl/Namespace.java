package ai.dflux.compatibility.domain.ddl;

import ai.dflux.compatibility.domain.names.Identifiers;
import java.util.HashMap;
import java.util.Map;

/**
 * One PostgreSQL namespace (the relations of a schema, the columns of a table, ...): hands out names that are unique
 * in it. Callers claim names in a fixed order, so the same catalog always gets the same names.
 */
final class Namespace {

    /** A name handed out, and why it is not the one asked for (null when it is). */
    record Claim(String name, String reason) {
    }

    /** Each name taken, with the source object that holds it (for messages); only looked up, never iterated. */
    private final Map<String, String> holders = new HashMap<>();

    /**
     * A unique name as close to {@code wanted} as possible: shortened to 63 bytes, then given the first free suffix
     * {@code _2}, {@code _3}, ... if another object holds it.
     */
    Claim claim(String wanted, String source) {
        String name = Identifiers.shorten(wanted);
        String reason = name.equals(wanted) ? null : "longer than " + Identifiers.MAX_BYTES + " bytes";
        if (holders.containsKey(name)) {
            String holder = holders.get(name);
            String base = name;
            int suffix = 2;
            do {
                name = Identifiers.withSuffix(base, "_" + suffix++);
            } while (holders.containsKey(name));
            reason = (reason == null ? "" : reason + ", and ") + "collides with " + holder
                    + " in the same PostgreSQL namespace";
        }
        holders.put(name, source);
        return new Claim(name, reason);
    }

    /** Marks a name as taken without asking for it (a name PostgreSQL gives itself). */
    void reserve(String name, String holder) {
        holders.putIfAbsent(name, holder);
    }

    boolean isTaken(String name) {
        return holders.containsKey(name);
    }
}
