package ai.dflux.compatibility.domain.sql;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;

/**
 * The state of one translation: where the PostgreSQL text is written, the query blocks in scope, the warnings so far,
 * and what is known of the target (names and column types).
 */
final class TranslationContext {

    private final SourceSyntax syntax;
    private final TargetNames names;
    private final FunctionRules functions;
    private final StringBuilder out = new StringBuilder();
    private final Set<String> warnings = new LinkedHashSet<>();
    private final PostgresExpressionWriter expressions;
    private QueryScope scope;
    private boolean renamed;

    TranslationContext(SourceSyntax syntax, TargetNames names, FunctionRules functions) {
        this.syntax = syntax;
        this.names = names;
        this.functions = functions;
        PostgresSelectWriter selects = new PostgresSelectWriter(this, out);
        this.expressions = new PostgresExpressionWriter(this, selects, out);
        selects.setExpressionVisitor(expressions);
    }

    SourceSyntax syntax() {
        return syntax;
    }

    TargetNames names() {
        return names;
    }

    FunctionRules functions() {
        return functions;
    }

    PostgresExpressionWriter expressions() {
        return expressions;
    }

    TranslationContext write(String text) {
        out.append(text);
        return this;
    }

    TranslationContext write(Expression expression) {
        expression.accept(expressions, null);
        return this;
    }

    /** Writes the expression as text: {@code x::text}, parenthesised unless it is a single term. */
    TranslationContext writeAsText(Expression expression) {
        return ExpressionTypes.isText(expression, this) ? write(expression) : writeCast(expression, "text");
    }

    /** Writes {@code x::type}, with x in parentheses unless it is a single term. */
    TranslationContext writeCast(Expression expression, String type) {
        if (ExpressionTypes.isTerm(expression)) {
            return write(expression).write("::" + type);
        }
        return write("(").write(expression).write(")::" + type);
    }

    /** Writes the expression, in parentheses unless it is a single term. */
    TranslationContext writeTerm(Expression expression) {
        return ExpressionTypes.isTerm(expression) ? write(expression) : write("(").write(expression).write(")");
    }

    /** Writes the expressions separated by {@code separator}. */
    TranslationContext writeAll(List<? extends Expression> expressions, String separator) {
        for (int i = 0; i < expressions.size(); i++) {
            if (i > 0) {
                write(separator);
            }
            write(expressions.get(i));
        }
        return this;
    }

    String text() {
        return out.toString();
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    List<String> warnings() {
        return new ArrayList<>(warnings);
    }

    /** Marks that an identifier was written differently from the source (the PostgreSQL source keeps its text else). */
    void noteRenamed() {
        renamed = true;
    }

    boolean renamed() {
        return renamed;
    }

    QueryScope scope() {
        return scope;
    }

    void enter(QueryScope inner) {
        scope = inner;
    }

    void leave() {
        scope = scope.parent();
    }

    SourceRelation sourceRelation(Table table) {
        String schema = table.getSchemaName() == null ? names.defaultSchema() : syntax.sourceName(table.getSchemaName());
        return new SourceRelation(schema, syntax.sourceName(table.getName()));
    }

    /** The source column a reference denotes, when its relation is known. */
    Optional<SourceColumn> resolve(Column column) {
        String name = syntax.sourceName(column.getColumnName());
        Table qualifier = column.getTable();
        if (qualifier != null && qualifier.getName() != null) {
            if (qualifier.getSchemaName() != null) {
                return Optional.of(new SourceColumn(sourceRelation(qualifier), name));
            }
            String key = syntax.sourceName(qualifier.getName());
            Optional<QueryScope.Entry> entry = scope == null ? Optional.empty() : scope.entry(key);
            if (entry.isEmpty()) {
                return Optional.of(new SourceColumn(new SourceRelation(names.defaultSchema(), key), name));
            }
            return Optional.ofNullable(entry.get().relation()).map(relation -> new SourceColumn(relation, name));
        }
        return scope == null ? Optional.empty() : scope.owner(name, names).map(r -> new SourceColumn(r, name));
    }

    Optional<String> columnType(Column column) {
        return resolve(column).flatMap(c -> names.columnType(c.relation().schema(), c.relation().name(), c.name()));
    }
}
