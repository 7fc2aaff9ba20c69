package ai.dflux.compatibility.domain.sql;

import java.util.List;
import net.sf.jsqlparser.statement.select.OrderByElement;

/**
 * ORDER BY elements. MySQL sorts NULLs first when ascending and last when descending, the opposite of PostgreSQL's
 * (and Oracle's) default, so MySQL elements get an explicit NULLS FIRST / NULLS LAST.
 */
final class MySqlOrdering {

    private MySqlOrdering() {
    }

    static void write(List<OrderByElement> elements, TranslationContext context) {
        for (int i = 0; i < elements.size(); i++) {
            OrderByElement element = elements.get(i);
            if (i > 0) {
                context.write(", ");
            }
            context.write(element.getExpression());
            if (!element.isAsc()) {
                context.write(" DESC");
            }
            if (element.getNullOrdering() != null) {
                context.write(element.getNullOrdering() == OrderByElement.NullOrdering.NULLS_FIRST
                        ? " NULLS FIRST" : " NULLS LAST");
            } else if (context.syntax() == SourceSyntax.MYSQL) {
                context.write(element.isAsc() ? " NULLS FIRST" : " NULLS LAST");
            }
        }
    }
}
