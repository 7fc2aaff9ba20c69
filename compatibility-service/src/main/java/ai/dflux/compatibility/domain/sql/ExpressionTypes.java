package ai.dflux.compatibility.domain.sql;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.expression.CaseExpression;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.DateTimeLiteralExpression;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.MySQLGroupConcat;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.Parenthesis;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.TimeKeyExpression;
import net.sf.jsqlparser.expression.operators.arithmetic.Concat;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.conditional.XorExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.expression.operators.relational.ExistsExpression;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsBooleanExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.schema.Column;

/** What little a translation can tell about an expression's type from its form and the target column types. */
final class ExpressionTypes {

    private static final Set<String> TEXT_FUNCTIONS = Set.of("concat", "concat_ws", "upper", "lower", "ucase",
            "lcase", "substr", "substring", "trim", "ltrim", "rtrim", "replace", "lpad", "rpad", "left", "right",
            "to_char", "date_format", "initcap", "reverse", "repeat");

    private ExpressionTypes() {
    }

    /** The target type of a column reference, a literal or a cast; empty when unknown. */
    static Optional<String> targetType(Expression expression, TranslationContext context) {
        Expression inner = unwrapped(expression);
        if (inner instanceof Column column) {
            return context.columnType(column).map(t -> t.toLowerCase(Locale.ROOT));
        }
        if (inner instanceof StringValue) {
            return Optional.of("text");
        }
        if (inner instanceof LongValue) {
            return Optional.of("integer");
        }
        if (inner instanceof DoubleValue) {
            return Optional.of("numeric");
        }
        if (inner instanceof CastExpression cast) {
            return Optional.of(cast.getColDataType().getDataType().toLowerCase(Locale.ROOT));
        }
        return Optional.empty();
    }

    static boolean isText(Expression expression, TranslationContext context) {
        Expression inner = unwrapped(expression);
        if (inner instanceof Concat || inner instanceof MySQLGroupConcat) {
            return true;
        }
        if (inner instanceof Function function) {
            return TEXT_FUNCTIONS.contains(FunctionRules.key(function));
        }
        return targetType(inner, context).filter(ExpressionTypes::isTextType).isPresent();
    }

    static boolean isInteger(Expression expression, TranslationContext context) {
        return targetType(expression, context).filter(ExpressionTypes::isIntegerType).isPresent();
    }

    static boolean isTextType(String type) {
        return type.startsWith("text") || type.startsWith("varchar") || type.startsWith("character")
                || type.startsWith("char") || type.startsWith("citext") || type.startsWith("bpchar");
    }

    static boolean isIntegerType(String type) {
        return Set.of("smallint", "integer", "int", "bigint", "int2", "int4", "int8").contains(type);
    }

    static boolean isDateTimeType(String type) {
        return type.startsWith("timestamp") || type.startsWith("date");
    }

    /** Whether an expression is a condition in PostgreSQL too (a comparison, AND, IS NULL, ...). */
    static boolean isCondition(Expression expression, TranslationContext context) {
        Expression inner = unwrapped(expression);
        return inner instanceof ComparisonOperator || inner instanceof AndExpression
                || inner instanceof OrExpression || inner instanceof XorExpression
                || inner instanceof NotExpression || inner instanceof IsNullExpression
                || inner instanceof IsBooleanExpression || inner instanceof InExpression
                || inner instanceof LikeExpression || inner instanceof Between || inner instanceof ExistsExpression
                || targetType(inner, context).filter(t -> t.startsWith("bool")).isPresent();
    }

    /** A single term, to which {@code ::type} may be appended without parentheses. */
    static boolean isTerm(Expression expression) {
        return expression instanceof Column || expression instanceof StringValue || expression instanceof LongValue
                || expression instanceof DoubleValue || expression instanceof NullValue
                || expression instanceof Parenthesis || expression instanceof TimeKeyExpression
                || expression instanceof DateTimeLiteralExpression || expression instanceof CaseExpression
                || expression instanceof Function || expression instanceof MySQLGroupConcat;
    }

    static boolean isLiteral(Expression expression) {
        Expression inner = expression instanceof SignedExpression signed ? signed.getExpression() : expression;
        return inner instanceof StringValue || inner instanceof LongValue || inner instanceof DoubleValue;
    }

    static Expression unwrapped(Expression expression) {
        Expression inner = expression;
        while (inner instanceof Parenthesis parenthesis) {
            inner = parenthesis.getExpression();
        }
        return inner;
    }
}
