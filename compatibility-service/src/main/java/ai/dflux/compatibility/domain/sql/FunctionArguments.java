package ai.dflux.compatibility.domain.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;

/** The positional arguments of a call, with the checks every rule needs. */
final class FunctionArguments {

    private FunctionArguments() {
    }

    static List<Expression> of(Function function) {
        if (function.getNamedParameters() != null) {
            throw new UntranslatableSql(name(function) + " with named arguments");
        }
        return function.getParameters() == null ? List.of() : new ArrayList<>(function.getParameters());
    }

    /** The arguments, failing unless there are between {@code min} and {@code max} of them. */
    static List<Expression> of(Function function, int min, int max) {
        List<Expression> arguments = of(function);
        if (arguments.size() < min || arguments.size() > max) {
            throw new UntranslatableSql(name(function) + " with " + arguments.size() + " arguments");
        }
        return arguments;
    }

    static String name(Function function) {
        return function.getName().toUpperCase(Locale.ROOT);
    }

    /** The value of a string literal argument, or a failure naming what needed one. */
    static String literal(Expression expression, TranslationContext context, String what) {
        if (expression instanceof StringValue string) {
            return StringLiterals.value(string, context.syntax());
        }
        throw new UntranslatableSql(what + " that is not a string literal: " + expression);
    }

    static boolean isNegativeLiteral(Expression expression) {
        return expression instanceof SignedExpression signed && signed.getSign() == '-'
                && ExpressionTypes.isLiteral(signed.getExpression());
    }
}
