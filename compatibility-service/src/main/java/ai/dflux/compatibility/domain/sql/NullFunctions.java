package ai.dflux.compatibility.domain.sql;

import java.util.List;
import java.util.Map;
import net.sf.jsqlparser.expression.Expression;

/** IFNULL, NVL and NVL2: PostgreSQL has coalesce and CASE. */
final class NullFunctions {

    private NullFunctions() {
    }

    static void register(Map<String, FunctionRule> rules, SourceSyntax syntax) {
        FunctionRule coalesce = (function, context) -> {
            List<Expression> arguments = FunctionArguments.of(function, 2, 2);
            context.write("coalesce(").writeAll(arguments, ", ").write(")");
        };
        if (syntax == SourceSyntax.MYSQL) {
            rules.put("ifnull", coalesce);
        } else {
            rules.put("nvl", coalesce);
            rules.put("nvl2", (function, context) -> {
                List<Expression> arguments = FunctionArguments.of(function, 3, 3);
                context.write("CASE WHEN ").write(arguments.get(0)).write(" IS NOT NULL THEN ")
                        .write(arguments.get(1)).write(" ELSE ").write(arguments.get(2)).write(" END");
            });
        }
    }
}
