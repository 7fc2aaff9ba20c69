package ai.dflux.compatibility.domain.sql;

import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.StringValue;

/** Oracle's empty string is NULL. */
final class OracleLiterals {

    private OracleLiterals() {
    }

    static boolean isEmptyString(Expression expression, TranslationContext context) {
        return context.syntax() == SourceSyntax.ORACLE && expression instanceof StringValue string
                && string.getValue().isEmpty();
    }
}
