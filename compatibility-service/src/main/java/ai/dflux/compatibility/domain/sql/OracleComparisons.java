package ai.dflux.compatibility.domain.sql;

import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.statement.create.table.ColDataType;

/**
 * Oracle compares a character value with a number by converting the character value to a number
 * ({@code active = 1} on a CHAR(1) column); PostgreSQL refuses to compare text with a number. The character side is
 * cast to numeric, which fails on the same values Oracle's conversion fails on.
 */
final class OracleComparisons {

    private OracleComparisons() {
    }

    static void coerce(ComparisonOperator comparison, TranslationContext context) {
        if (context.syntax() != SourceSyntax.ORACLE) {
            return;
        }
        Expression left = comparison.getLeftExpression();
        Expression right = comparison.getRightExpression();
        if (isNumber(right) && ExpressionTypes.isText(left, context)) {
            comparison.setLeftExpression(asNumber(left));
            warn(context);
        } else if (isNumber(left) && ExpressionTypes.isText(right, context)) {
            comparison.setRightExpression(asNumber(right));
            warn(context);
        }
    }

    private static boolean isNumber(Expression expression) {
        Expression inner = expression instanceof SignedExpression signed ? signed.getExpression() : expression;
        return inner instanceof LongValue || inner instanceof DoubleValue;
    }

    private static Expression asNumber(Expression text) {
        ColDataType number = new ColDataType();
        number.setDataType("NUMBER");
        CastExpression cast = new CastExpression();
        cast.setLeftExpression(text);
        cast.setColDataType(number);
        return cast;
    }

    private static void warn(TranslationContext context) {
        context.warn("a character value compared with a number is cast to numeric, as Oracle converts it implicitly;"
                + " values that are not numbers fail the query in both");
    }
}
