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
            context.writeCast(FunctionArguments.of(function, 1, 1).get(0), "json").write(" IS NOT NULL");
            context.warn("JSON_VALID(x) becomes x::json IS NOT NULL: malformed JSON raises an error instead of giving"
                    + " false (in a CHECK both refuse the row)");
        });
    }
}
