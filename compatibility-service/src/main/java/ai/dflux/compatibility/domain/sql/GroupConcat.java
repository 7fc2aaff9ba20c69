package ai.dflux.compatibility.domain.sql;

import java.util.List;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.MySQLGroupConcat;
import net.sf.jsqlparser.statement.select.OrderByElement;

/** MySQL's {@code GROUP_CONCAT([DISTINCT] x [ORDER BY ...] [SEPARATOR s])} as {@code string_agg}. */
final class GroupConcat {

    private GroupConcat() {
    }

    static void write(MySQLGroupConcat groupConcat, TranslationContext context) {
        List<Expression> values = List.copyOf(groupConcat.getExpressionList());
        context.write("string_agg(");
        if (groupConcat.isDistinct()) {
            context.write("DISTINCT ");
        }
        writeValue(values, context);
        String separator = groupConcat.getSeparator() == null ? "','" : groupConcat.getSeparator().trim();
        context.write(", ").write(separatorLiteral(separator, context));
        List<OrderByElement> order = groupConcat.getOrderByElements();
        if (order != null && !order.isEmpty()) {
            context.write(" ORDER BY ");
            if (groupConcat.isDistinct() && !ordersByValue(values, order)) {
                // PostgreSQL orders a DISTINCT aggregate only by its argument
                writeValue(values, context);
                context.write(order.get(0).isAsc() ? " NULLS FIRST" : " DESC NULLS LAST");
                context.warn("GROUP_CONCAT(DISTINCT ... ORDER BY " + order.get(0).getExpression() + "): the "
                        + "list is ordered by its values, since PostgreSQL orders a DISTINCT aggregate only by its "
                        + "argument");
            } else {
                MySqlOrdering.write(order, context);
            }
        }
        context.write(")");
        context.warn("GROUP_CONCAT is cut at group_concat_max_len (1024 bytes by default) in MySQL; string_agg "
                + "returns the whole list");
    }

    private static void writeValue(List<Expression> values, TranslationContext context) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                context.write(" || ");
            }
            context.writeAsText(values.get(i));
        }
    }

    private static boolean ordersByValue(List<Expression> values, List<OrderByElement> order) {
        return values.size() == 1 && order.size() == 1
                && order.get(0).getExpression().toString().equals(values.get(0).toString());
    }

    private static String separatorLiteral(String separator, TranslationContext context) {
        if (separator.length() >= 2 && separator.startsWith("'") && separator.endsWith("'")) {
            return StringLiterals.postgres(StringLiterals.mySqlValue(separator.substring(1, separator.length() - 1),
                    '\''));
        }
        throw new UntranslatableSql("GROUP_CONCAT with the separator " + separator);
    }
}
