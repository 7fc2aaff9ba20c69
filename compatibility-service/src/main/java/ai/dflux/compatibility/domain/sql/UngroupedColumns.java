package ai.dflux.compatibility.domain.sql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExpressionVisitorAdapter;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.MySQLGroupConcat;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * MySQL (without ONLY_FULL_GROUP_BY, and MariaDB by default) lets a grouped query select a column it neither groups
 * nor aggregates, returning the value of any row of the group; PostgreSQL refuses it unless the column depends on a
 * grouped primary key. Such a select or ORDER BY item is wrapped in {@code min(...)}, which returns the value of one
 * row of the group too (and the same value where the column depends on the grouped key, as in Sakila's views).
 */
final class UngroupedColumns {

    private static final Set<String> AGGREGATES = Set.of("count", "sum", "avg", "min", "max", "group_concat",
            "std", "stddev", "stddev_pop", "stddev_samp", "variance", "var_pop", "var_samp", "bit_and", "bit_or",
            "bit_xor", "json_arrayagg", "json_objectagg");

    private UngroupedColumns() {
    }

    static void wrapInMin(PlainSelect select, TranslationContext context) {
        boolean grouped = select.getGroupBy() != null;
        if (!grouped && select.getSelectItems().stream().noneMatch(i -> hasAggregate(i.getExpression()))) {
            return;
        }
        List<Expression> groupBy = grouped ? List.copyOf(select.getGroupBy().getGroupByExpressionList())
                : List.of();
        Set<String> groupedTexts = new HashSet<>();
        Set<SourceColumn> groupedColumns = new HashSet<>();
        for (Expression expression : groupBy) {
            groupedTexts.add(expression.toString());
            if (expression instanceof Column column) {
                context.resolve(column).ifPresent(groupedColumns::add);
            }
        }
        for (SelectItem<?> item : select.getSelectItems()) {
            if (isUngrouped(item.getExpression(), groupedTexts, groupedColumns, context)) {
                warn(item.getExpression(), context);
                replace(item, new Function("min", item.getExpression()));
            }
        }
        if (select.getOrderByElements() != null) {
            for (OrderByElement element : select.getOrderByElements()) {
                Expression expression = element.getExpression();
                boolean outputAlias = expression instanceof Column column && column.getTable() == null
                        && context.scope().isOutputAlias(context.syntax().sourceName(column.getColumnName()));
                if (!outputAlias && isUngrouped(expression, groupedTexts, groupedColumns, context)) {
                    warn(expression, context);
                    element.setExpression(new Function("min", expression));
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void replace(SelectItem<?> item, Expression expression) {
        ((SelectItem<Expression>) item).setExpression(expression);
    }

    private static void warn(Expression expression, TranslationContext context) {
        context.warn("GROUP BY: " + expression + " is neither grouped nor aggregated; MySQL returns the value of "
                + "any row of the group, translated as min(...)");
    }

    private static boolean isUngrouped(Expression expression, Set<String> groupedTexts,
            Set<SourceColumn> groupedColumns, TranslationContext context) {
        if (groupedTexts.contains(expression.toString())) {
            return false;
        }
        List<Column> free = freeColumns(expression);
        return free.stream().anyMatch(column -> !groupedTexts.contains(column.toString())
                && context.resolve(column).map(c -> !groupedColumns.contains(c)).orElse(true))
                && !hasAggregate(expression);
    }

    private static boolean hasAggregate(Expression expression) {
        boolean[] found = {false};
        expression.accept(new ExpressionVisitorAdapter<Void>() {
            @Override
            public <S> Void visit(Function function, S unused) {
                if (AGGREGATES.contains(FunctionRules.key(function))) {
                    found[0] = true;
                    return null;
                }
                return super.visit(function, unused);
            }

            @Override
            public <S> Void visit(MySQLGroupConcat groupConcat, S unused) {
                found[0] = true;
                return null;
            }

            @Override
            public <S> Void visit(ParenthesedSelect select, S unused) {
                return null;
            }
        }, null);
        return found[0];
    }

    /** The columns of an expression outside aggregates, window functions and subqueries. */
    private static List<Column> freeColumns(Expression expression) {
        List<Column> columns = new ArrayList<>();
        expression.accept(new ExpressionVisitorAdapter<Void>() {
            @Override
            public <S> Void visit(Column column, S unused) {
                if (column.getTable() != null || !column.getColumnName().toLowerCase(Locale.ROOT).startsWith("\"")) {
                    columns.add(column);
                }
                return null;
            }

            @Override
            public <S> Void visit(Function function, S unused) {
                return AGGREGATES.contains(FunctionRules.key(function)) ? null : super.visit(function, unused);
            }

            @Override
            public <S> Void visit(MySQLGroupConcat groupConcat, S unused) {
                return null;
            }

            @Override
            public <S> Void visit(AnalyticExpression analytic, S unused) {
                return null;
            }

            @Override
            public <S> Void visit(ParenthesedSelect select, S unused) {
                return null;
            }
        }, null);
        return columns;
    }
}
