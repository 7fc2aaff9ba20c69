package ai.dflux.compatibility.domain.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.IntervalExpression;
import net.sf.jsqlparser.expression.MySQLGroupConcat;
import net.sf.jsqlparser.expression.OracleHierarchicalExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.TimeKeyExpression;
import net.sf.jsqlparser.expression.UserVariable;
import net.sf.jsqlparser.expression.operators.arithmetic.Concat;
import net.sf.jsqlparser.expression.operators.arithmetic.Division;
import net.sf.jsqlparser.expression.operators.arithmetic.IntegerDivision;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.OldOracleJoinBinaryExpression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.SelectVisitor;
import net.sf.jsqlparser.util.deparser.ExpressionDeParser;

/** Writes expressions in PostgreSQL's SQL: renamed identifiers, translated functions and literals. */
final class PostgresExpressionWriter extends ExpressionDeParser {

    private final TranslationContext context;

    PostgresExpressionWriter(TranslationContext context, SelectVisitor<StringBuilder> selects, StringBuilder out) {
        super(selects, out);
        this.context = context;
    }

    @Override
    public <S> StringBuilder visit(Column column, S unused) {
        ColumnReferences.write(column, context);
        return getBuilder();
    }

    @Override
    public <S> StringBuilder visit(Function function, S unused) {
        var rule = context.functions().rule(function);
        if (rule.isPresent()) {
            rule.get().write(function, context);
        } else {
            context.functions().checkKept(function, context);
            super.visit(function, unused);
        }
        return getBuilder();
    }

    @Override
    public <S> StringBuilder visit(MySQLGroupConcat groupConcat, S unused) {
        GroupConcat.write(groupConcat, context);
        return getBuilder();
    }

    @Override
    public <S> StringBuilder visit(StringValue string, S unused) {
        if (context.syntax() == SourceSyntax.POSTGRESQL) {
            return super.visit(string, unused);
        }
        if (OracleLiterals.isEmptyString(string, context)) {
            context.write("NULL");
        } else {
            context.write(StringLiterals.postgres(StringLiterals.value(string, context.syntax())));
        }
        return getBuilder();
    }

    @Override
    public <S> StringBuilder visit(TimeKeyExpression timeKey, S unused) {
        if (context.syntax() == SourceSyntax.POSTGRESQL) {
            return super.visit(timeKey, unused);
        }
        String text = timeKey.getStringValue().trim();
        int open = text.indexOf('(');
        String keyword = open < 0 ? text : text.substring(0, open).trim();
        String precision = open < 0 ? null : text.substring(open + 1, text.lastIndexOf(')')).trim();
        CurrentTime.write(keyword, precision, context);
        return getBuilder();
    }

    /** MySQL's and Oracle's {@code /} never truncates; PostgreSQL's does between integers. */
    @Override
    public <S> StringBuilder visit(Division division, S unused) {
        if (context.syntax() == SourceSyntax.POSTGRESQL) {
            return super.visit(division, unused);
        }
        Expression left = division.getLeftExpression();
        Expression right = division.getRightExpression();
        boolean leftInteger = ExpressionTypes.isInteger(left, context);
        boolean rightInteger = ExpressionTypes.isInteger(right, context);
        if (leftInteger && rightInteger) {
            context.writeCast(left, "numeric").write(" / ").write(right);
            return getBuilder();
        }
        if (!leftInteger && ExpressionTypes.targetType(left, context).isEmpty()
                && (rightInteger || ExpressionTypes.targetType(right, context).isEmpty())) {
            context.warn("division " + division + ": if both sides are integers, PostgreSQL truncates the result "
                    + "where the source does not");
        }
        return super.visit(division, unused);
    }

    /** MySQL's {@code a DIV b}: the integer part of the quotient. */
    @Override
    public <S> StringBuilder visit(IntegerDivision division, S unused) {
        if (context.syntax() == SourceSyntax.POSTGRESQL) {
            return super.visit(division, unused);
        }
        context.write("trunc(").writeCast(division.getLeftExpression(), "numeric").write(" / ")
                .write(division.getRightExpression()).write(")::bigint");
        return getBuilder();
    }

    @Override
    public <S> StringBuilder visit(Concat concat, S unused) {
        switch (context.syntax()) {
            case MYSQL -> throw new UntranslatableSql("|| (logical OR in MySQL unless sql_mode PIPES_AS_CONCAT)");
            case ORACLE -> StringFunctions.oracleConcat(concatenated(concat), context);
            default -> super.visit(concat, unused);
        }
        return getBuilder();
    }

    @Override
    public <S> StringBuilder visit(EqualsTo equalsTo, S unused) {
        warnOnTextComparison(equalsTo.getLeftExpression(), equalsTo.getRightExpression());
        return super.visit(equalsTo, unused);
    }

    /** Every comparison (=, <>, <, >, <=, >=) is written here, so Oracle's implicit number conversion is applied once. */
    @Override
    public <S> StringBuilder deparse(OldOracleJoinBinaryExpression expression, String operator, S context) {
        if (expression instanceof ComparisonOperator comparison) {
            OracleComparisons.coerce(comparison, this.context);
        }
        return super.deparse(expression, operator, context);
    }

    @Override
    public <S> StringBuilder visit(LikeExpression like, S unused) {
        warnOnTextComparison(like.getLeftExpression(), like.getRightExpression());
        return super.visit(like, unused);
    }

    @Override
    public <S> StringBuilder visit(CastExpression cast, S unused) {
        if (context.syntax() == SourceSyntax.POSTGRESQL) {
            RegclassLiterals.write(cast, context, () -> super.visit(cast, unused));
            return getBuilder();
        }
        context.write("CAST(").write(cast.getLeftExpression()).write(" AS ")
                .write(CastTypes.postgres(cast.getColDataType(), context.syntax())).write(")");
        return getBuilder();
    }

    @Override
    public <S> StringBuilder visit(IntervalExpression interval, S unused) {
        if (context.syntax() == SourceSyntax.POSTGRESQL) {
            return super.visit(interval, unused);
        }
        DateArithmeticFunctions.writeInterval(interval, context);
        return getBuilder();
    }

    @Override
    public <S> StringBuilder visit(OracleHierarchicalExpression hierarchical, S unused) {
        throw new UntranslatableSql("CONNECT BY (a hierarchical query; write it as WITH RECURSIVE)");
    }

    @Override
    public <S> StringBuilder visit(UserVariable variable, S unused) {
        throw new UntranslatableSql("the variable " + variable);
    }

    private void warnOnTextComparison(Expression left, Expression right) {
        if (context.syntax() == SourceSyntax.MYSQL && (isTextColumn(left) || isTextColumn(right))) {
            context.warn("text comparisons (= and LIKE) follow the column collation in MySQL, usually "
                    + "case-insensitive; in PostgreSQL they are case-sensitive");
        }
    }

    private boolean isTextColumn(Expression expression) {
        return ExpressionTypes.unwrapped(expression) instanceof Column column
                && context.columnType(column).map(t -> ExpressionTypes.isTextType(t.toLowerCase(Locale.ROOT)))
                        .orElse(false);
    }

    private static List<Expression> concatenated(Concat concat) {
        List<Expression> parts = new ArrayList<>();
        for (Expression side : List.of(concat.getLeftExpression(), concat.getRightExpression())) {
            if (side instanceof Concat inner) {
                parts.addAll(concatenated(inner));
            } else {
                parts.add(side);
            }
        }
        return parts;
    }
}
