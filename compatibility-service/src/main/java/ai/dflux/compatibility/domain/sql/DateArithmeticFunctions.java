package ai.dflux.compatibility.domain.sql;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.IntervalExpression;
import net.sf.jsqlparser.expression.LongValue;

/** DATEDIFF, DATE_ADD and its kin, and Oracle's ADD_MONTHS: date plus a number of units. */
final class DateArithmeticFunctions {

    private static final Map<String, String> UNITS = Map.of("microsecond", "1 microsecond", "second", "1 second",
            "minute", "1 minute", "hour", "1 hour", "day", "1 day", "week", "7 days", "month", "1 month", "quarter",
            "3 months", "year", "1 year");
    /** Units after which MySQL keeps a DATE a DATE (PostgreSQL's date + interval is a timestamp). */
    private static final Set<String> DATE_UNITS = Set.of("day", "week", "month", "quarter", "year");

    private DateArithmeticFunctions() {
    }

    static void register(Map<String, FunctionRule> rules, SourceSyntax syntax) {
        if (syntax == SourceSyntax.MYSQL) {
            rules.put("datediff", (function, context) -> {
                List<Expression> arguments = FunctionArguments.of(function, 2, 2);
                context.write("(").writeCast(arguments.get(0), "date").write(" - ")
                        .writeCast(arguments.get(1), "date").write(")");
            });
            rules.put("date_add", (function, context) -> addInterval(function, "+", context));
            rules.put("adddate", (function, context) -> addInterval(function, "+", context));
            rules.put("date_sub", (function, context) -> addInterval(function, "-", context));
            rules.put("subdate", (function, context) -> addInterval(function, "-", context));
        } else {
            rules.put("add_months", (function, context) -> {
                List<Expression> arguments = FunctionArguments.of(function, 2, 2);
                write(arguments.get(0), "+", arguments.get(1), "month", context);
                context.warn("ADD_MONTHS: Oracle moves a month's last day to the last day of the target month; "
                        + "PostgreSQL keeps the day number where it exists");
            });
        }
    }

    /** {@code DATE_ADD(d, INTERVAL n unit)}, or {@code ADDDATE(d, n)} in days. */
    private static void addInterval(Function function, String operator, TranslationContext context) {
        List<Expression> arguments = FunctionArguments.of(function, 2, 2);
        Expression amount = arguments.get(1);
        String unit = "day";
        if (amount instanceof IntervalExpression interval) {
            unit = interval.getIntervalType() == null ? "" : interval.getIntervalType().toLowerCase(Locale.ROOT);
            if (!UNITS.containsKey(unit)) {
                throw new UntranslatableSql(FunctionArguments.name(function) + " with the interval unit "
                        + unit.toUpperCase(Locale.ROOT));
            }
            amount = amountOf(interval);
        }
        boolean keepsDate = DATE_UNITS.contains(unit)
                && ExpressionTypes.targetType(arguments.get(0), context).filter("date"::equals).isPresent();
        if (keepsDate) {
            context.write("(");
        }
        write(arguments.get(0), operator, amount, unit, context);
        if (keepsDate) {
            context.write(")::date");
        }
    }

    private static void write(Expression date, String operator, Expression amount, String unit,
            TranslationContext context) {
        context.write("(").writeTerm(date).write(" " + operator + " ").writeTerm(amount)
                .write(" * interval '" + UNITS.get(unit) + "')");
    }

    private static Expression amountOf(IntervalExpression interval) {
        if (interval.getExpression() != null) {
            return interval.getExpression();
        }
        String parameter = interval.getParameter().trim();
        if (parameter.length() >= 2 && parameter.startsWith("'") && parameter.endsWith("'")) {
            parameter = parameter.substring(1, parameter.length() - 1).trim();
        }
        try {
            return new LongValue(Long.parseLong(parameter));
        } catch (NumberFormatException e) {
            throw new UntranslatableSql("INTERVAL " + interval.getParameter() + " (not a whole number of units)");
        }
    }

    /** A bare {@code INTERVAL n unit} (as in {@code d + INTERVAL 1 DAY}). */
    static void writeInterval(IntervalExpression interval, TranslationContext context) {
        String unit = interval.getIntervalType() == null ? "" : interval.getIntervalType().toLowerCase(Locale.ROOT);
        if (!UNITS.containsKey(unit)) {
            throw new UntranslatableSql("INTERVAL with the unit " + unit.toUpperCase(Locale.ROOT));
        }
        context.write("(").writeTerm(amountOf(interval)).write(" * interval '" + UNITS.get(unit) + "')");
    }
}
