package ai.dflux.compatibility.domain.sql;

import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Parenthesis;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.relational.OldOracleJoinBinaryExpression;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.PlainSelect;

/** Oracle query forms PostgreSQL lacks: FROM DUAL and the {@code (+)} outer-join mark. */
final class OracleQueries {

    private OracleQueries() {
    }

    /** {@code SELECT ... FROM DUAL} is a SELECT without FROM in PostgreSQL. */
    static void dropDual(PlainSelect select, TranslationContext context) {
        if (select.getFromItem() instanceof Table table && table.getSchemaName() == null
                && "DUAL".equals(context.syntax().sourceName(table.getName()))
                && (select.getJoins() == null || select.getJoins().isEmpty())) {
            select.setFromItem(null);
        }
    }

    static void refuseOuterJoinMarks(PlainSelect select) {
        if (hasOuterJoinMark(select.getWhere())) {
            throw new UntranslatableSql("Oracle (+) outer join (rewrite it as LEFT JOIN ... ON)");
        }
    }

    private static boolean hasOuterJoinMark(Expression condition) {
        if (condition instanceof Parenthesis parenthesis) {
            return hasOuterJoinMark(parenthesis.getExpression());
        }
        if (condition instanceof AndExpression and) {
            return hasOuterJoinMark(and.getLeftExpression()) || hasOuterJoinMark(and.getRightExpression());
        }
        return condition instanceof OldOracleJoinBinaryExpression comparison
                && comparison.getOldOracleJoinSyntax() != OldOracleJoinBinaryExpression.NO_ORACLE_JOIN;
    }
}
