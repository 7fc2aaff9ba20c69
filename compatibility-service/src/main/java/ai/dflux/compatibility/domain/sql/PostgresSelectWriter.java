package ai.dflux.compatibility.domain.sql;

import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.LateralSubSelect;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.ParenthesedFromItem;
import net.sf.jsqlparser.statement.select.ExceptOp;
import net.sf.jsqlparser.statement.select.MinusOp;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SelectVisitor;
import net.sf.jsqlparser.statement.select.SetOperation;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.util.deparser.SelectDeParser;

/** Writes query blocks in PostgreSQL's SQL: each block's FROM entries in scope while its expressions are written. */
final class PostgresSelectWriter extends SelectDeParser {

    private final TranslationContext context;

    PostgresSelectWriter(TranslationContext context, StringBuilder out) {
        super(out);
        this.context = context;
    }

    @Override
    public <S> StringBuilder visit(PlainSelect select, S unused) {
        if (select.getOracleHierarchical() != null) {
            throw new UntranslatableSql("CONNECT BY (a hierarchical query; write it as WITH RECURSIVE)");
        }
        if (context.syntax() == SourceSyntax.ORACLE) {
            OracleQueries.dropDual(select, context);
            OracleQueries.refuseOuterJoinMarks(select);
        }
        context.enter(QueryScope.of(select, context.scope(), context));
        try {
            if (context.syntax() == SourceSyntax.MYSQL) {
                UngroupedColumns.wrapInMin(select, context);
            }
            return super.visit(select, unused);
        } finally {
            context.leave();
        }
    }

    @Override
    public <S> StringBuilder visit(Table table, S unused) {
        if (table.getPivot() != null || table.getUnPivot() != null || table.getSampleClause() != null
                || table.getIndexHint() != null) {
            throw new UntranslatableSql("table options (PIVOT, sample or index hint) on " + table.getName());
        }
        SourceRelation relation = context.sourceRelation(table);
        String targetSchema = context.names().schema(relation.schema());
        boolean qualify = context.syntax() != SourceSyntax.POSTGRESQL || table.getSchemaName() != null
                || !targetSchema.equals(relation.schema());
        String written = (qualify ? targetSchema + "." : "") + context.names().relation(relation.schema(),
                relation.name());
        if (!written.equals(table.getFullyQualifiedName())) {
            context.noteRenamed();
        }
        context.write(written);
        if (table.getAlias() != null) {
            context.write(" " + context.syntax().targetAlias(table.getAlias().getName()));
        }
        return getBuilder();
    }

    @Override
    public <S> StringBuilder visit(SelectItem<?> item, S unused) {
        context.write(item.getExpression());
        if (item.getAlias() != null) {
            context.write(" AS " + context.syntax().targetAlias(item.getAlias().getName()));
        }
        return getBuilder();
    }

    @Override
    protected void deparseOrderByElementsClause(PlainSelect select, List<OrderByElement> elements) {
        if (elements == null || elements.isEmpty()) {
            return;
        }
        context.write(" ORDER BY ");
        MySqlOrdering.write(elements, context);
    }

    /** A subquery, in an expression or as a derived table with its alias. */
    @Override
    public <S> StringBuilder visit(ParenthesedSelect parenthesed, S unused) {
        if (parenthesed.getOrderByElements() != null || parenthesed.getLimit() != null
                || parenthesed.getWithItemsList() != null
                || (parenthesed.getAlias() != null && parenthesed.getAlias().getAliasColumns() != null)) {
            throw new UntranslatableSql("subquery form " + parenthesed);
        }
        context.write(parenthesed instanceof LateralSubSelect ? "LATERAL (" : "(");
        parenthesed.getSelect().accept((SelectVisitor<StringBuilder>) this, unused);
        context.write(")");
        if (parenthesed.getAlias() != null) {
            context.write(" " + context.syntax().targetAlias(parenthesed.getAlias().getName()));
        }
        return getBuilder();
    }

    @Override
    public <S> StringBuilder visit(ParenthesedFromItem parenthesed, S unused) {
        context.write("(");
        parenthesed.getFromItem().accept(this, unused);
        if (parenthesed.getJoins() != null) {
            parenthesed.getJoins().forEach(this::deparseJoin);
        }
        context.write(")");
        if (parenthesed.getAlias() != null) {
            context.write(" " + context.syntax().targetAlias(parenthesed.getAlias().getName()));
        }
        return getBuilder();
    }

    @Override
    public void deparseJoin(Join join) {
        if (join.isStraight() || join.isSemi() || join.isApply() || join.isWindowJoin() || join.isGlobal()) {
            throw new UntranslatableSql("join " + join);
        }
        if (join.isSimple()) {
            context.write(", ");
        } else {
            context.write(" " + JoinKinds.keywords(join) + " ");
        }
        join.getFromItem().accept(this, null);
        if (join.getOnExpressions() != null) {
            for (Expression on : join.getOnExpressions()) {
                context.write(" ON ").write(on);
            }
        }
        if (join.getUsingColumns() != null && !join.getUsingColumns().isEmpty()) {
            context.write(" USING (").writeAll(join.getUsingColumns(), ", ").write(")");
        }
    }

    /** Oracle's MINUS is EXCEPT. */
    @Override
    public <S> StringBuilder visit(SetOperationList list, S unused) {
        List<SetOperation> operations = new ArrayList<>();
        for (SetOperation operation : list.getOperations()) {
            operations.add(operation instanceof MinusOp ? new ExceptOp() : operation);
        }
        list.setOperations(operations);
        return super.visit(list, unused);
    }
}
