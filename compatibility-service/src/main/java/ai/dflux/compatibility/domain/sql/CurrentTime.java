package ai.dflux.compatibility.domain.sql;

import java.util.Locale;
import java.util.Map;

/**
 * The clock functions and keywords (NOW(), current_timestamp(), SYSDATE, ...) as PostgreSQL's SQL-standard keywords.
 * MySQL's and Oracle's values without a time zone become LOCALTIMESTAMP; PostgreSQL's CURRENT_TIMESTAMP carries one,
 * and is what MySQL's NOW() and CURRENT_TIMESTAMP are taken to mean for a TIMESTAMP or DATETIME default.
 */
final class CurrentTime {

    private static final Map<String, String> MYSQL = Map.of("now", "CURRENT_TIMESTAMP", "current_timestamp",
            "CURRENT_TIMESTAMP", "localtimestamp", "LOCALTIMESTAMP", "localtime", "LOCALTIMESTAMP", "sysdate",
            "LOCALTIMESTAMP(0)", "curdate", "CURRENT_DATE", "current_date", "CURRENT_DATE", "curtime", "LOCALTIME",
            "current_time", "LOCALTIME", "utc_timestamp", "(CURRENT_TIMESTAMP AT TIME ZONE 'UTC')");
    /** Oracle's DATE has no fractions of a second: SYSDATE and CURRENT_DATE keep whole seconds. */
    private static final Map<String, String> ORACLE = Map.of("sysdate", "LOCALTIMESTAMP(0)", "current_date",
            "LOCALTIMESTAMP(0)", "systimestamp", "CURRENT_TIMESTAMP", "current_timestamp", "CURRENT_TIMESTAMP",
            "localtimestamp", "LOCALTIMESTAMP");
    private static final Map<String, String> POSTGRES = Map.of("current_timestamp", "CURRENT_TIMESTAMP",
            "localtimestamp", "LOCALTIMESTAMP", "current_date", "CURRENT_DATE", "current_time", "CURRENT_TIME",
            "localtime", "LOCALTIME", "now", "now()");

    private CurrentTime() {
    }

    static boolean isClock(String keyword, SourceSyntax syntax) {
        return keywords(syntax).containsKey(keyword.toLowerCase(Locale.ROOT));
    }

    /** Writes the keyword's PostgreSQL form, with a fractional-second precision when one is given. */
    static void write(String keyword, String precision, TranslationContext context) {
        String postgres = keywords(context.syntax()).get(keyword.toLowerCase(Locale.ROOT));
        if (postgres == null) {
            throw new UntranslatableSql("clock function " + keyword);
        }
        boolean precise = precision != null && !precision.isBlank();
        if (precise && !precision.chars().allMatch(Character::isDigit)) {
            throw new UntranslatableSql(keyword + " with the precision " + precision);
        }
        if (precise && !postgres.contains("(")) {
            context.write(postgres + "(" + precision + ")");
        } else {
            context.write(postgres);
        }
    }

    static FunctionRule rule(String keyword) {
        return (function, context) -> {
            var arguments = FunctionArguments.of(function, 0, 1);
            write(keyword, arguments.isEmpty() ? null : arguments.get(0).toString(), context);
        };
    }

    private static Map<String, String> keywords(SourceSyntax syntax) {
        return switch (syntax) {
            case MYSQL -> MYSQL;
            case ORACLE -> ORACLE;
            case POSTGRESQL -> POSTGRES;
        };
    }
}
