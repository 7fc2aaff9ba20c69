package ai.dflux.compatibility.domain.sql;

import java.util.List;
import java.util.Map;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;

/** Clock functions, the parts of a date, DATE(), DATE_FORMAT and UNIX_TIMESTAMP. */
final class DateTimeFunctions {

    private DateTimeFunctions() {
    }

    static void register(Map<String, FunctionRule> rules, SourceSyntax syntax) {
        for (String clock : List.of("now", "current_timestamp", "localtimestamp", "localtime", "sysdate", "curdate",
                "current_date", "curtime", "current_time", "utc_timestamp", "systimestamp")) {
            if (CurrentTime.isClock(clock, syntax)) {
                rules.put(clock, CurrentTime.rule(clock));
            }
        }
        if (syntax != SourceSyntax.MYSQL) {
            return;
        }
        rules.put("date", (function, context) -> context.writeCast(FunctionArguments.of(function, 1, 1).get(0),
                "date"));
        for (String part : List.of("year", "month", "day", "hour", "minute")) {
            rules.put(part, extract(part));
        }
        rules.put("dayofmonth", extract("day"));
        rules.put("quarter", extract("quarter"));
        rules.put("second", (function, context) -> context.write("floor(extract(second from ")
                .write(FunctionArguments.of(function, 1, 1).get(0)).write("))::integer"));
        rules.put("date_format", DateTimeFunctions::dateFormat);
        rules.put("unix_timestamp", DateTimeFunctions::unixTimestamp);
    }

    private static FunctionRule extract(String part) {
        return (function, context) -> context.write("extract(" + part + " from ")
                .write(FunctionArguments.of(function, 1, 1).get(0)).write(")::integer");
    }

    private static void dateFormat(Function function, TranslationContext context) {
        List<Expression> arguments = FunctionArguments.of(function, 2, 2);
        String format = FunctionArguments.literal(arguments.get(1), context, "DATE_FORMAT with a format");
        context.write("to_char(").write(arguments.get(0)).write(", ")
                .write(StringLiterals.postgres(DateFormatPattern.toPostgres(format))).write(")");
        context.warn("DATE_FORMAT: month and day names follow lc_time on PostgreSQL, lc_time_names on MySQL");
    }

    /** Seconds since 1970 as a whole number; MySQL reads a DATETIME in the session time zone. */
    private static void unixTimestamp(Function function, TranslationContext context) {
        List<Expression> arguments = FunctionArguments.of(function, 0, 1);
        context.write("floor(extract(epoch from ");
        if (arguments.isEmpty()) {
            context.write("CURRENT_TIMESTAMP");
        } else {
            context.write(arguments.get(0));
            context.warn("UNIX_TIMESTAMP(x): PostgreSQL reads a timestamp without time zone as UTC, MySQL in the "
                    + "session time zone");
        }
        context.write("))::bigint");
    }
}
