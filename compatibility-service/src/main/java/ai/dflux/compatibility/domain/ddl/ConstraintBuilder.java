package ai.dflux.compatibility.domain.ddl;

import ai.dflux.compatibility.domain.sql.Translation;
import ai.dflux.contracts.catalog.CheckConstraintInfo;
import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.catalog.UniqueConstraintInfo;
import java.util.Locale;

/**
 * Unique constraints, the source's check constraints and the checks that keep a mapped column's source value domain.
 * Checks are added {@code NOT VALID} and validated in a second statement, which scans the table without blocking the
 * writes that keep the target in sync.
 */
final class ConstraintBuilder {

    private final ConversionContext context;

    ConstraintBuilder(ConversionContext context) {
        this.context = context;
    }

    ConvertedObject unique(TableInfo table, UniqueConstraintInfo unique) {
        String name = context.names().unique(table.schema(), table.name(), unique);
        String columns = String.join(", ", unique.columns().stream().map(c -> context.column(table, c)).toList());
        return draft(ObjectKind.UNIQUE_CONSTRAINT, table, unique.name() != null ? unique.name() : name, name)
                .definition("UNIQUE (" + String.join(", ", unique.columns()) + ")")
                .statement("ALTER TABLE " + context.table(table) + " ADD CONSTRAINT " + name + " UNIQUE (" + columns
                        + ")")
                .build();
    }

    ConvertedObject check(TableInfo table, CheckConstraintInfo check) {
        String name = context.names().check(table.schema(), table.name(), check);
        ObjectDraft draft = draft(ObjectKind.CHECK_CONSTRAINT, table, check.name() != null ? check.name() : name,
                name).definition(check.expression());
        Translation expression = context.expression(table, bare(check.expression()));
        if (!expression.translated()) {
            return draft.manual("check " + (check.name() != null ? check.name() : "") + " (" + check.expression()
                    + ") cannot be translated: " + expression.failure()).build();
        }
        expression.warnings().forEach(w -> draft.warn("check " + name + ": " + w));
        return addValidated(draft, table, name, expression.sql()).build();
    }

    /** The check of a column's mapped type ({@code MappedType.check}), or null when the type needs none. */
    ConvertedObject typeCheck(TableInfo table, ColumnInfo column) {
        ColumnType type = context.names().type(table.schema(), table.name(), column.name());
        if (type == null || type.mapped().check() == null || type.sqlType() == null) {
            return null;
        }
        String name = context.names().typeCheck(table.schema(), table.name(), column.name());
        String expression = type.mapped().check().replace("%s", context.column(table, column.name()));
        ObjectDraft draft = new ObjectDraft(ObjectKind.CHECK_CONSTRAINT,
                table.qualifiedName() + "." + column.name(), context.table(table) + "." + name, DdlPart.POST_DATA)
                .definition(column.dataType()).dependsOn(context.table(table));
        return addValidated(draft, table, name, expression).build();
    }

    private ObjectDraft addValidated(ObjectDraft draft, TableInfo table, String name, String expression) {
        return draft.statement("ALTER TABLE " + context.table(table) + " ADD CONSTRAINT " + name + " CHECK ("
                + expression + ") NOT VALID")
                .statement("ALTER TABLE " + context.table(table) + " VALIDATE CONSTRAINT " + name);
    }

    private ObjectDraft draft(ObjectKind kind, TableInfo table, String sourceName, String targetName) {
        return new ObjectDraft(kind, table.qualifiedName() + "." + sourceName,
                context.table(table) + "." + targetName, DdlPart.POST_DATA).dependsOn(context.table(table));
    }

    /**
     * The condition alone: PostgreSQL's catalog gives {@code CHECK ((price > 0))} (with {@code NOT VALID} for a check
     * not validated), the other readers the condition.
     */
    static String bare(String expression) {
        String text = expression.strip();
        String upper = text.toUpperCase(Locale.ROOT);
        if (upper.startsWith("CHECK") && text.substring(5).strip().startsWith("(")) {
            text = text.substring(5).strip();
            if (text.toUpperCase(Locale.ROOT).endsWith("NOT VALID")) {
                text = text.substring(0, text.length() - "NOT VALID".length()).strip();
            }
        }
        return withoutOuterParentheses(text);
    }

    /** {@code ((a > 0))} → {@code (a > 0)}: one pair that encloses the whole text is removed. */
    private static String withoutOuterParentheses(String text) {
        if (!text.startsWith("(") || !text.endsWith(")")) {
            return text;
        }
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
                if (depth == 0 && i < text.length() - 1) {
                    return text;
                }
            }
        }
        return text.substring(1, text.length() - 1).strip();
    }
}
