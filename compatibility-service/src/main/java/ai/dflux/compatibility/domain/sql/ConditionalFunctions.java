package ai.dflux.compatibility.domain.sql;

import java.util.List;
import java.util.Map;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.NullValue;

/** MySQL's IF and Oracle's DECODE, as CASE expressions. */
final class ConditionalFunctions {

    private ConditionalFunctions() {
    }

    static void register(Map<String, FunctionRule> rules, SourceSyntax syntax) {
        if (syntax == SourceSyntax.MYSQL) {
            rules.put("if", ConditionalFunctions::mySqlIf);
        } else {
            rules.put("decode", ConditionalFunctions::decode);
        }
    }

    /** {@code IF(c, a, b)}; a MySQL condition may be a number (true when not zero), which PostgreSQL must compare. */
    private static void mySqlIf(net.sf.jsqlparser.expression.Function function, TranslationContext context) {
        List<Expression> arguments = FunctionArguments.of(function, 3, 3);
        Expression condition = arguments.get(0);
        context.write("CASE WHEN ");
        if (ExpressionTypes.isCondition(condition, context)) {
            context.write(condition);
        } else if (ExpressionTypes.isText(condition, context)) {
            throw new UntranslatableSql("IF() over the text value " + condition
                    + " (MySQL converts it to a number)");
        } else if (ExpressionTypes.isTerm(condition)) {
            context.write(condition).write(" <> 0");
        } else {
            context.write("(").write(condition).write(") <> 0");
        }
        context.write(" THEN ").write(arguments.get(1)).write(" ELSE ").write(arguments.get(2)).write(" END");
    }

    /**
     * {@code DECODE(e, s1, r1, ..., [default])}. DECODE finds NULL equal to NULL, so a search value that is not a
     * literal is compared with IS NOT DISTINCT FROM.
     */
    private static void decode(net.sf.jsqlparser.expression.Function function, TranslationContext context) {
        List<Expression> arguments = FunctionArguments.of(function, 3, Integer.MAX_VALUE);
        Expression subject = arguments.get(0);
        context.write("CASE");
        int i = 1;
        for (; i + 1 < arguments.size(); i += 2) {
            Expression search = arguments.get(i);
            context.write(" WHEN ");
            if (search instanceof NullValue || OracleLiterals.isEmptyString(search, context)) {
                context.write(subject).write(" IS NULL");
            } else if (ExpressionTypes.isLiteral(search)) {
                // an equality node, so that the comparison rules (Oracle's implicit number conversion) apply
                context.write(new EqualsTo(subject, search));
            } else {
                context.write(subject).write(" IS NOT DISTINCT FROM ").write(search);
            }
            context.write(" THEN ").write(arguments.get(i + 1));
        }
        if (i < arguments.size()) {
            context.write(" ELSE ").write(arguments.get(i));
        }
        context.write(" END");
    }
}
