package ai.dflux.compatibility.domain.sql;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;

/** Oracle's TRUNC, TO_CHAR, TO_DATE, TO_NUMBER and SYS_GUID. */
final class OracleFunctions {

    private static final Map<String, String> TRUNC_UNITS = Map.ofEntries(Map.entry("dd", "day"),
            Map.entry("ddd", "day"), Map.entry("j", "day"), Map.entry("mm", "month"), Map.entry("mon", "month"),
            Map.entry("month", "month"), Map.entry("rm", "month"), Map.entry("yyyy", "year"),
            Map.entry("yyy", "year"), Map.entry("yy", "year"), Map.entry("y", "year"), Map.entry("year", "year"),
            Map.entry("syyyy", "year"), Map.entry("q", "quarter"), Map.entry("hh", "hour"),
            Map.entry("hh12", "hour"), Map.entry("hh24", "hour"), Map.entry("mi", "minute"), Map.entry("iw", "week"));

    private OracleFunctions() {
    }

    static void register(Map<String, FunctionRule> rules) {
        rules.put("trunc", OracleFunctions::trunc);
        rules.put("to_char", (function, context) -> {
            List<Expression> arguments = FunctionArguments.of(function, 1, 2);
            if (arguments.size() == 1) {
                context.writeCast(arguments.get(0), "text");
            } else {
                context.write("to_char(").writeAll(arguments, ", ").write(")");
            }
        });
        rules.put("to_number", (function, context) -> {
            List<Expression> arguments = FunctionArguments.of(function, 1, 2);
            if (arguments.size() == 1) {
                context.writeCast(arguments.get(0), "numeric");
            } else {
                context.write("to_number(").writeAll(arguments, ", ").write(")");
            }
        });
        rules.put("to_date", OracleFunctions::toDate);
        rules.put("sys_guid", (function, context) -> {
            FunctionArguments.of(function, 0, 0);
            context.write("decode(replace(gen_random_uuid()::text, '-', ''), 'hex')");
            context.warn("SYS_GUID(): 16 random bytes (bytea) from gen_random_uuid(), not Oracle's sequential "
                    + "GUID; where the column became uuid, gen_random_uuid() alone fits better");
        });
    }

    /** TRUNC of a date (to a day, or a format's unit) or of a number: the argument's type tells which. */
    private static void trunc(Function function, TranslationContext context) {
        List<Expression> arguments = FunctionArguments.of(function, 1, 2);
        Expression value = arguments.get(0);
        boolean date = ExpressionTypes.targetType(value, context).filter(ExpressionTypes::isDateTimeType)
                .isPresent() || isClock(value, context);
        boolean number = ExpressionTypes.targetType(value, context).filter(t -> !ExpressionTypes.isDateTimeType(t))
                .isPresent();
        if (arguments.size() == 2 && arguments.get(1) instanceof net.sf.jsqlparser.expression.StringValue) {
            date = true;
        }
        if (date) {
            String unit = "day";
            if (arguments.size() == 2) {
                String format = FunctionArguments.literal(arguments.get(1), context, "TRUNC with a format")
                        .toLowerCase(Locale.ROOT);
                unit = TRUNC_UNITS.get(format);
                if (unit == null) {
                    throw new UntranslatableSql("TRUNC with the format '" + format + "'");
                }
            }
            context.write("date_trunc('" + unit + "', ").write(value).write(")");
        } else if (number) {
            context.write("trunc(").writeAll(arguments, ", ").write(")");
        } else {
            throw new UntranslatableSql("TRUNC(" + value + ") of an expression whose type (date or number) is unknown");
        }
    }

    private static boolean isClock(Expression value, TranslationContext context) {
        return value instanceof net.sf.jsqlparser.schema.Column column && column.getTable() == null
                && CurrentTime.isClock(column.getColumnName(), context.syntax());
    }

    /** TO_DATE keeps the time of day in Oracle; PostgreSQL's to_date drops it, so a format with time uses to_timestamp. */
    private static void toDate(Function function, TranslationContext context) {
        List<Expression> arguments = FunctionArguments.of(function, 1, 2);
        if (arguments.size() == 1) {
            throw new UntranslatableSql("TO_DATE without a format (depends on NLS_DATE_FORMAT)");
        }
        String format = FunctionArguments.literal(arguments.get(1), context, "TO_DATE with a format")
                .toUpperCase(Locale.ROOT);
        boolean time = format.contains("HH") || format.contains("MI") || format.contains("SS");
        context.write(time ? "to_timestamp(" : "to_date(").writeAll(arguments, ", ").write(")");
        if (time) {
            context.write("::timestamp(0)");
        }
    }
}
