package ai.dflux.compatibility.domain.sql;

import java.util.Locale;
import java.util.Optional;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;

/**
 * Writes what the parser read as a column reference: a column (renamed through {@link TargetNames}), or one of the
 * things that look like one (Oracle's SYSDATE, USER and {@code seq.NEXTVAL}, a MySQL double-quoted string).
 */
final class ColumnReferences {

    private ColumnReferences() {
    }

    static void write(Column column, TranslationContext context) {
        String token = column.getColumnName();
        Table qualifier = column.getTable() != null && column.getTable().getName() != null ? column.getTable() : null;
        if (qualifier == null && context.syntax() == SourceSyntax.MYSQL && token.startsWith("\"")) {
            context.write(StringLiterals.postgres(StringLiterals.mySqlValue(token.substring(1, token.length() - 1),
                    '"')));
            return;
        }
        if (qualifier == null && isKeyword(token, column, context)) {
            writeKeyword(token, context);
            return;
        }
        if (qualifier != null && context.syntax() == SourceSyntax.ORACLE && isSequenceCall(token)) {
            writeSequenceCall(qualifier, token, context);
            return;
        }
        String written = qualifierText(qualifier, context) + columnText(column, context);
        if (!written.equals(column.getFullyQualifiedName())) {
            context.noteRenamed();
        }
        context.write(written);
    }

    private static String qualifierText(Table qualifier, TranslationContext context) {
        if (qualifier == null) {
            return "";
        }
        if (qualifier.getSchemaName() != null) {
            SourceRelation relation = context.sourceRelation(qualifier);
            return context.names().schema(relation.schema()) + "."
                    + context.names().relation(relation.schema(), relation.name()) + ".";
        }
        String key = context.syntax().sourceName(qualifier.getName());
        Optional<QueryScope.Entry> entry = context.scope() == null ? Optional.empty() : context.scope().entry(key);
        return entry.map(QueryScope.Entry::qualifier)
                .orElseGet(() -> context.names().relation(context.names().defaultSchema(), key)) + ".";
    }

    private static String columnText(Column column, TranslationContext context) {
        return context.resolve(column)
                .map(c -> context.names().column(c.relation().schema(), c.relation().name(), c.name()))
                .orElseGet(() -> context.syntax().targetAlias(column.getColumnName()));
    }

    /** An unqualified, unquoted keyword that no table in scope has as a column. */
    private static boolean isKeyword(String token, Column column, TranslationContext context) {
        if (token.startsWith("\"") || token.startsWith("`")) {
            return false;
        }
        String name = token.toLowerCase(Locale.ROOT);
        boolean keyword = CurrentTime.isClock(name, context.syntax())
                || (context.syntax() == SourceSyntax.ORACLE && (name.equals("user") || name.equals("rownum")
                        || name.equals("level") || name.equals("rowid")));
        return keyword && context.columnType(column).isEmpty();
    }

    private static void writeKeyword(String token, TranslationContext context) {
        String name = token.toLowerCase(Locale.ROOT);
        switch (name) {
            case "user" -> context.write("current_user");
            case "rownum" -> throw new UntranslatableSql("ROWNUM (other than a plain ROWNUM <= n row limit)");
            case "level" -> throw new UntranslatableSql("LEVEL of a hierarchical query");
            case "rowid" -> throw new UntranslatableSql("ROWID (PostgreSQL rows have no stable address)");
            default -> CurrentTime.write(name, null, context);
        }
    }

    private static boolean isSequenceCall(String token) {
        return token.equalsIgnoreCase("nextval") || token.equalsIgnoreCase("currval");
    }

    /** {@code [schema.]seq.NEXTVAL} as {@code nextval('schema.seq')}. */
    private static void writeSequenceCall(Table qualifier, String token, TranslationContext context) {
        SourceRelation sequence = context.sourceRelation(qualifier);
        String name = context.names().schema(sequence.schema()) + "."
                + context.names().relation(sequence.schema(), sequence.name());
        context.write(token.toLowerCase(Locale.ROOT) + "(" + StringLiterals.postgres(name) + ")");
    }
}
