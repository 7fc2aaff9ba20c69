package ai.dflux.compatibility.domain.sql;

import java.util.List;
import java.util.Map;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;

/** CONCAT, case, substring, length and position functions. */
final class StringFunctions {

    private StringFunctions() {
    }

    static void register(Map<String, FunctionRule> rules, SourceSyntax syntax) {
        rules.put("concat", syntax == SourceSyntax.MYSQL ? StringFunctions::mySqlConcat
                : (function, context) -> oracleConcat(FunctionArguments.of(function, 2, 2), context));
        rules.put("ucase", renamed("upper", 1, 1));
        rules.put("lcase", renamed("lower", 1, 1));
        rules.put("substr", StringFunctions::substring);
        rules.put("substring", StringFunctions::substring);
        // MySQL's LENGTH counts bytes, Oracle's characters
        rules.put("length", renamed(syntax == SourceSyntax.MYSQL ? "octet_length" : "char_length", 1, 1));
        rules.put("lengthb", renamed("octet_length", 1, 1));
        rules.put("char_length", renamed("char_length", 1, 1));
        rules.put("character_length", renamed("char_length", 1, 1));
        rules.put("locate", (function, context) -> {
            List<Expression> arguments = FunctionArguments.of(function, 2, 2);
            context.write("strpos(").write(arguments.get(1)).write(", ").write(arguments.get(0)).write(")");
        });
        rules.put("instr", (function, context) -> {
            List<Expression> arguments = FunctionArguments.of(function, 2, 2);
            context.write("strpos(").write(arguments.get(0)).write(", ").write(arguments.get(1)).write(")");
        });
    }

    static FunctionRule renamed(String postgresName, int min, int max) {
        return (function, context) -> context.write(postgresName + "(")
                .writeAll(FunctionArguments.of(function, min, max), ", ").write(")");
    }

    /** MySQL's CONCAT is NULL when any argument is; so is {@code ||}, whereas PostgreSQL's concat() skips NULLs. */
    private static void mySqlConcat(Function function, TranslationContext context) {
        List<Expression> arguments = FunctionArguments.of(function, 1, Integer.MAX_VALUE);
        context.write("(");
        for (int i = 0; i < arguments.size(); i++) {
            if (i > 0) {
                context.write(" || ");
            }
            context.writeAsText(arguments.get(i));
        }
        context.write(")");
    }

    /**
     * Oracle's {@code ||} and CONCAT skip NULLs, and an empty result is NULL: {@code nullif(concat(...), '')}.
     */
    static void oracleConcat(List<Expression> arguments, TranslationContext context) {
        context.write("nullif(concat(").writeAll(arguments, ", ").write("), '')");
    }

    /**
     * Positions count from 1 in all three dialects; a negative start counts from the end in MySQL and Oracle, which
     * PostgreSQL's substr does not do, and a start of 0 differs too.
     */
    private static void substring(Function function, TranslationContext context) {
        List<Expression> arguments = FunctionArguments.of(function, 2, 3);
        Expression start = arguments.get(1);
        if (FunctionArguments.isNegativeLiteral(start)) {
            throw new UntranslatableSql(FunctionArguments.name(function) + " with a negative start " + start
                    + " (counts from the end)");
        }
        if (!ExpressionTypes.isLiteral(start)) {
            context.warn(FunctionArguments.name(function) + " with the computed start " + start
                    + ": a start of 0 or below counts differently in PostgreSQL's substr");
        }
        context.write("substr(").writeAll(arguments, ", ").write(")");
    }
}
