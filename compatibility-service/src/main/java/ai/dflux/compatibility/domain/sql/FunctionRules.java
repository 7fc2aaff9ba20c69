package ai.dflux.compatibility.domain.sql;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.expression.Function;

/**
 * The function rules of one source dialect, by lower-case function name. Functions without a rule are kept as they
 * are when PostgreSQL has them with the same meaning, fail when they are known to have no counterpart, and are kept
 * with a warning otherwise (they may be user functions, converted with the code).
 */
final class FunctionRules {

    /** Built-ins whose PostgreSQL namesake takes the same arguments and means the same. */
    private static final Set<String> SAME_IN_POSTGRES = Set.of("abs", "ceil", "ceiling", "floor", "round", "mod",
            "power", "sqrt", "exp", "ln", "sign", "greatest", "least", "coalesce", "nullif", "upper", "lower", "trim",
            "ltrim", "rtrim", "replace", "lpad", "rpad", "reverse", "repeat", "left", "right", "md5", "count", "sum",
            "avg", "min", "max", "octet_length", "char_length", "ascii", "concat_ws", "initcap", "translate",
            "row_number", "rank", "dense_rank", "lag", "lead", "first_value", "last_value", "stddev", "variance",
            "stddev_pop", "stddev_samp", "var_pop", "var_samp", "bit_and", "bit_or", "nextval", "currval", "setval");

    private static final Map<SourceSyntax, Set<String>> WITHOUT_COUNTERPART = Map.of(
            SourceSyntax.MYSQL, Set.of("field", "elt", "find_in_set", "inet_aton", "inet_ntoa", "format",
                    "str_to_date", "timestampdiff", "timestampadd", "week", "weekday", "dayofweek", "dayofyear",
                    "yearweek", "dayname", "monthname", "last_insert_id", "found_rows", "database", "schema",
                    "version", "connection_id", "uuid_short", "bit_count", "conv", "hex", "unhex", "from_unixtime",
                    "makedate", "maketime", "period_add", "period_diff", "sec_to_time", "time_to_sec", "to_days",
                    "from_days", "last_day", "space", "insert", "mid", "soundex", "user", "current_user",
                    "session_user", "system_user", "json_extract", "json_unquote", "json_object", "json_array",
                    "regexp_replace", "regexp_substr", "regexp_instr", "any_value", "sleep", "benchmark"),
            SourceSyntax.ORACLE, Set.of("months_between", "last_day", "next_day", "listagg", "wm_concat",
                    "regexp_substr", "regexp_instr", "regexp_replace", "regexp_like", "sys_context", "userenv",
                    "rawtohex", "hextoraw", "to_timestamp_tz", "numtodsinterval", "numtoyminterval", "lnnvl",
                    "nls_upper", "nls_lower", "bitand", "dump", "vsize", "empty_blob", "empty_clob", "ora_hash",
                    "standard_hash", "dbms_random.value"),
            SourceSyntax.POSTGRESQL, Set.of());

    private final SourceSyntax syntax;
    private final Map<String, FunctionRule> rules;

    private FunctionRules(SourceSyntax syntax, Map<String, FunctionRule> rules) {
        this.syntax = syntax;
        this.rules = Map.copyOf(rules);
    }

    static FunctionRules forSyntax(SourceSyntax syntax) {
        Map<String, FunctionRule> rules = new HashMap<>();
        if (syntax != SourceSyntax.POSTGRESQL) {
            NullFunctions.register(rules, syntax);
            ConditionalFunctions.register(rules, syntax);
            StringFunctions.register(rules, syntax);
            DateTimeFunctions.register(rules, syntax);
            DateArithmeticFunctions.register(rules, syntax);
            if (syntax == SourceSyntax.ORACLE) {
                OracleFunctions.register(rules);
            } else {
                JsonFunctions.register(rules);
            }
        }
        return new FunctionRules(syntax, rules);
    }

    /** The lower-case, unquoted name of a call, with its qualifier if any ({@code dbms_random.value}). */
    static String key(Function function) {
        List<String> parts = function.getMultipartName();
        StringBuilder key = new StringBuilder();
        for (String part : parts) {
            if (key.length() > 0) {
                key.append('.');
            }
            key.append(part.replace("`", "").replace("\"", "").toLowerCase(Locale.ROOT));
        }
        return key.toString();
    }

    Optional<FunctionRule> rule(Function function) {
        return Optional.ofNullable(rules.get(key(function)));
    }

    /** For a call without a rule: fails when it has no counterpart, warns when its meaning is not known. */
    void checkKept(Function function, TranslationContext context) {
        String key = key(function);
        if (WITHOUT_COUNTERPART.get(syntax).contains(key)) {
            throw new UntranslatableSql(key.toUpperCase(Locale.ROOT) + "() has no PostgreSQL counterpart");
        }
        if (syntax != SourceSyntax.POSTGRESQL && !SAME_IN_POSTGRES.contains(key)) {
            context.warn("function " + function.getName() + " is kept as is: it must exist on PostgreSQL with the "
                    + "same meaning (a user function is converted with the code)");
        }
    }
}
