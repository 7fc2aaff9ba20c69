package ai.dflux.compatibility.domain.sql;

import java.util.Map;

/**
 * MySQL's JSON_VALID, which MariaDB puts in the CHECK of every JSON column. PostgreSQL 14 and 15 have no test that
 * returns false for malformed JSON, but a cast to json rejects it: in a CHECK both refuse the same rows.
 */
final class JsonFunctions {

    private JsonFunctions() {
    }

    static void register(Map<String, FunctionRule> rules) {
        rules.put("json_valid", (function, context) -> {
            // NULL stays NULL (as JSON_VALID(NULL) is), so a CHECK lets a NULL column pass
            var value = FunctionArguments.of(function, 1, 1).get(0);
            context.write("CASE WHEN ").writeTerm(value).write(" IS NULL THEN NULL ELSE ").writeCast(value, "json")
                    .write(" IS NOT NULL END");
            context.warn("JSON_VALID(x) becomes a cast to json: malformed JSON raises an error instead of giving"
                    + " false (in a CHECK both refuse the row)");
        });
    }
}
