package ai.dflux.discovery.domain;

import ai.dflux.contracts.catalog.CheckConstraintInfo;
import ai.dflux.contracts.catalog.ForeignKeyInfo;
import ai.dflux.contracts.catalog.IndexInfo;
import ai.dflux.contracts.catalog.PartitioningInfo;
import ai.dflux.contracts.catalog.TriggerInfo;
import ai.dflux.contracts.catalog.ViewInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads CREATE TABLE, ALTER TABLE, CREATE INDEX and COMMENT ON into the tables of the catalog state. */
final class OracleScriptTableParser {

    /** Words that start a column attribute rather than a data type or a default expression. */
    private static final Set<String> COLUMN_ATTRIBUTES = Set.of("SORT", "VISIBLE", "INVISIBLE", "DEFAULT",
            "GENERATED", "AS", "COLLATE", "ENCRYPT", "CONSTRAINT", "NOT", "NULL", "PRIMARY", "UNIQUE", "CHECK",
            "REFERENCES", "ENABLE", "DISABLE", "DEFERRABLE", "INITIALLY", "RELY", "NORELY", "VALIDATE", "NOVALIDATE",
            "USING", "VIRTUAL", "RESERVABLE", "DECRYPT", "EXCEPTIONS");

    private final OracleScriptCatalogState state;

    OracleScriptTableParser(OracleScriptCatalogState state) {
        this.state = state;
    }

    /** At the name after {@code CREATE ... TABLE}. */
    void createTable(OracleScriptCursor c, OracleScriptStatement statement) {
        c.accept("IF", "NOT", "EXISTS");
        String[] name = c.qualifiedName();
        OracleScriptTable table = new OracleScriptTable(state.schemaOf(name), name[1]);
        if (c.accept("OF")) {
            String[] type = c.qualifiedName();
            state.problem(statement.line(), statement.head(), "object table " + table.name + " OF " + type[1]
                    + ": its columns are the attributes of the type, which this reader does not expand");
        } else if (c.acceptSymbol("(")) {
            relationalProperties(c, table);
        }
        boolean asQuery = tableProperties(c, table);
        if (asQuery && table.columns.stream().anyMatch(col -> col.dataType == null)) {
            state.problem(statement.line(), statement.head(), "the column types of CREATE TABLE " + table.name
                    + " AS SELECT come from the query and are not in the script");
        } else if (asQuery && table.columns.isEmpty()) {
            state.problem(statement.line(), statement.head(), "the columns of CREATE TABLE " + table.name
                    + " AS SELECT come from the query and are not in the script");
        }
        state.tables.put(OracleScriptCatalogState.key(table.schema, table.name), table);
    }

    /** The items between the parentheses of CREATE TABLE or ALTER TABLE ADD, after the {@code (}. */
    private void relationalProperties(OracleScriptCursor c, OracleScriptTable table) {
        do {
            if (c.isAny("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN")) {
                outOfLineConstraint(c, table);
            } else if (c.is("SUPPLEMENTAL", "LOG") || c.is("PERIOD", "FOR")) {
                skipToItemEnd(c);
            } else {
                column(c, table);
            }
        } while (c.acceptSymbol(","));
        c.expectSymbol(")");
    }

    private static void skipToItemEnd(OracleScriptCursor c) {
        while (!c.atEnd() && !c.isSymbol(",") && !c.isSymbol(")")) {
            c.skipItem();
        }
    }

    private void column(OracleScriptCursor c, OracleScriptTable table) {
        String name = c.identifier();
        OracleScriptTable.Column column = new OracleScriptTable.Column(name);
        if (startsType(c)) {
            column.dataType = OracleScriptDataType.read(c);
        }
        columnAttributes(c, table, column);
        table.columns.add(column);
    }

    private static boolean startsType(OracleScriptCursor c) {
        OracleScriptToken token = c.peek();
        return token != null && token.isIdentifier()
                && !(token.kind() == OracleScriptToken.Kind.WORD && COLUMN_ATTRIBUTES.contains(token.upper()));
    }

    /** Defaults, identity, virtual expression and inline constraints of a column, up to the end of its item. */
    private void columnAttributes(OracleScriptCursor c, OracleScriptTable table, OracleScriptTable.Column column) {
        while (!c.atEnd() && !c.isSymbol(",") && !c.isSymbol(")")) {
            if (c.accept("COLLATE")) {
                column.collation = c.identifier();
            } else if (c.isAny("SORT", "VISIBLE", "INVISIBLE", "VIRTUAL", "RESERVABLE")) {
                c.next();
            } else if (c.accept("DEFAULT")) {
                if (c.accept("ON", "NULL")) {
                    if (c.accept("FOR", "INSERT")) {
                        c.accept("AND", "UPDATE");
                        c.accept("ONLY");
                    }
                }
                column.defaultValue = expression(c);
            } else if (c.accept("GENERATED")) {
                String mode = "ALWAYS";
                if (!c.accept("ALWAYS") && c.accept("BY", "DEFAULT")) {
                    mode = "BY DEFAULT";
                    if (c.accept("ON", "NULL") && c.accept("FOR", "INSERT")) {
                        c.accept("AND", "UPDATE");
                        c.accept("ONLY");
                    }
                }
                c.expect("AS");
                if (c.accept("IDENTITY")) {
                    column.identity = mode;
                    column.nullable = false;
                    if (c.isSymbol("(")) {
                        c.skipGroup();
                    }
                    identityOptions(c);
                } else {
                    column.generatedExpression = group(c);
                }
            } else if (c.accept("AS")) {
                column.generatedExpression = group(c);
            } else if (c.accept("ENCRYPT") || c.accept("DECRYPT")) {
                while (!c.atEnd() && !c.isSymbol(",") && !c.isSymbol(")") && !c.isAny("NOT", "NULL", "CONSTRAINT",
                        "PRIMARY", "UNIQUE", "CHECK", "REFERENCES", "DEFAULT")) {
                    c.skipItem();
                }
            } else {
                inlineConstraint(c, table, column);
            }
        }
    }

    /** The sequence options DBMS_METADATA writes after AS IDENTITY without parentheses. */
    private static void identityOptions(OracleScriptCursor c) {
        while (true) {
            if (c.accept("START", "WITH") || c.accept("INCREMENT", "BY") || c.accept("LIMIT", "VALUE")) {
                skipNumber(c);
            } else if (c.isAny("MINVALUE", "MAXVALUE", "CACHE")) {
                c.next();
                skipNumber(c);
            } else if (c.isAny("NOMINVALUE", "NOMAXVALUE", "CYCLE", "NOCYCLE", "NOCACHE", "ORDER", "NOORDER", "KEEP",
                    "NOKEEP", "SCALE", "NOSCALE", "EXTEND", "NOEXTEND")) {
                c.next();
            } else {
                return;
            }
        }
    }

    private static void skipNumber(OracleScriptCursor c) {
        if (!c.acceptSymbol("-")) {
            c.acceptSymbol("+");
        }
        if (c.peek() != null && c.peek().kind() == OracleScriptToken.Kind.NUMBER) {
            c.next();
        } else {
            throw c.fail("expected a number but found " + OracleScriptCursor.describe(c.peek()));
        }
    }

    private void inlineConstraint(OracleScriptCursor c, OracleScriptTable table, OracleScriptTable.Column column) {
        String name = c.accept("CONSTRAINT") ? c.identifier() : null;
        if (c.accept("NOT", "NULL")) {
            column.nullable = false;
        } else if (c.accept("NULL")) {
            column.nullable = true;
        } else if (c.accept("PRIMARY", "KEY")) {
            table.primaryKey = List.of(column.name);
            table.primaryKeyName = name;
        } else if (c.accept("UNIQUE")) {
            table.uniqueConstraints.add(new OracleScriptTable.OracleScriptUnique(name, List.of(column.name)));
        } else if (c.accept("CHECK")) {
            table.checkConstraints.add(new CheckConstraintInfo(name, group(c)));
        } else if (c.is("REFERENCES")) {
            references(c, table, name, List.of(column.name));
            return;
        } else if (name == null && c.isAny("ENABLE", "DISABLE", "DEFERRABLE", "INITIALLY", "RELY", "NORELY",
                "VALIDATE", "NOVALIDATE", "USING", "EXCEPTIONS") || c.is("NOT", "DEFERRABLE")) {
            constraintState(c);
            return;
        } else {
            throw c.fail("unexpected " + OracleScriptCursor.describe(c.peek()) + " in the definition of column "
                    + column.name);
        }
        constraintState(c);
    }

    private void outOfLineConstraint(OracleScriptCursor c, OracleScriptTable table) {
        String name = c.accept("CONSTRAINT") ? c.identifier() : null;
        if (c.accept("PRIMARY", "KEY")) {
            table.primaryKey = c.identifierList();
            table.primaryKeyName = name;
            constraintState(c);
        } else if (c.accept("UNIQUE")) {
            table.uniqueConstraints.add(new OracleScriptTable.OracleScriptUnique(name, c.identifierList()));
            constraintState(c);
        } else if (c.accept("CHECK")) {
            table.checkConstraints.add(new CheckConstraintInfo(name, group(c)));
            constraintState(c);
        } else if (c.accept("FOREIGN", "KEY")) {
            references(c, table, name, c.identifierList());
        } else {
            throw c.fail("expected PRIMARY KEY, UNIQUE, CHECK or FOREIGN KEY but found "
                    + OracleScriptCursor.describe(c.peek()));
        }
    }

    private void references(OracleScriptCursor c, OracleScriptTable table, String name, List<String> columns) {
        c.expect("REFERENCES");
        String[] target = c.qualifiedName();
        List<String> targetColumns = c.isSymbol("(") ? c.identifierList() : List.of();
        String onDelete = "NO ACTION";
        if (c.accept("ON", "DELETE")) {
            if (c.accept("CASCADE")) {
                onDelete = "CASCADE";
            } else {
                c.expect("SET", "NULL");
                onDelete = "SET NULL";
            }
        }
        boolean[] deferral = constraintState(c);
        table.foreignKeys.add(new ForeignKeyInfo(name, columns, state.schemaOf(target), target[1], targetColumns,
                "NO ACTION", onDelete, deferral[0], deferral[1]));
    }

    /** ENABLE, DISABLE, DEFERRABLE, USING INDEX ...; returns {deferrable, initially deferred}. */
    private static boolean[] constraintState(OracleScriptCursor c) {
        boolean deferrable = false;
        boolean deferred = false;
        while (!c.atEnd()) {
            if (c.accept("DEFERRABLE")) {
                deferrable = true;
            } else if (c.accept("NOT", "DEFERRABLE")) {
                deferrable = false;
            } else if (c.accept("INITIALLY", "DEFERRED")) {
                deferred = true;
            } else if (c.accept("INITIALLY", "IMMEDIATE")) {
                deferred = false;
            } else if (c.isAny("ENABLE", "DISABLE", "RELY", "NORELY", "VALIDATE", "NOVALIDATE")) {
                c.next();
            } else if (c.accept("USING", "INDEX")) {
                if (c.isSymbol("(")) {
                    c.skipGroup();
                } else {
                    while (!c.atEnd() && !c.isSymbol(",") && !c.isSymbol(")") && !c.isAny("ENABLE", "DISABLE",
                            "CONSTRAINT", "NOT", "NULL", "PRIMARY", "UNIQUE", "CHECK", "REFERENCES", "DEFAULT",
                            "RELY", "NORELY", "VALIDATE", "NOVALIDATE", "EXCEPTIONS", "ADD", "MODIFY", "DROP")) {
                        c.skipItem();
                    }
                }
            } else if (c.accept("EXCEPTIONS", "INTO")) {
                c.qualifiedName();
            } else {
                break;
            }
        }
        return new boolean[] {deferrable, deferred};
    }

    /** The text inside a parenthesised group at the cursor. */
    private static String group(OracleScriptCursor c) {
        int open = c.skipGroup();
        return c.text(open + 1, c.position() - 1);
    }

    /** A default expression: tokens up to the next column attribute or the end of the item. */
    private static String expression(OracleScriptCursor c) {
        int start = c.position();
        skipExpressionItem(c);
        while (!c.atEnd() && !c.isSymbol(",") && !c.isSymbol(")")) {
            OracleScriptToken token = c.peek();
            if (token.kind() == OracleScriptToken.Kind.WORD && COLUMN_ATTRIBUTES.contains(token.upper())) {
                break;
            }
            skipExpressionItem(c);
        }
        return c.text(start, c.position());
    }

    private static void skipExpressionItem(OracleScriptCursor c) {
        if (c.accept("CASE")) {
            int depth = 1;
            while (depth > 0) {
                OracleScriptToken token = c.next();
                if (token.is("CASE")) {
                    depth++;
                } else if (token.is("END")) {
                    depth--;
                }
            }
        } else {
            c.skipItem();
        }
    }

    /** Physical properties, partitioning and AS subquery after the column list; true for AS subquery. */
    private boolean tableProperties(OracleScriptCursor c, OracleScriptTable table) {
        while (!c.atEnd()) {
            if (c.is("PARTITION", "BY")) {
                table.partitioning = partitioning(c);
            } else if (c.is("AS") && (c.peek(1) == null || c.peek(1).is("SELECT") || c.peek(1).is("WITH")
                    || c.peek(1).isSymbol("("))) {
                return true;
            } else {
                c.skipItem();
            }
        }
        return false;
    }

    private static PartitioningInfo partitioning(OracleScriptCursor c) {
        c.expect("PARTITION", "BY");
        String method = c.next().upper();
        if (method.equals("CONSISTENT")) {
            c.expect("HASH");
            method = "HASH";
        }
        String key = c.isSymbol("(") ? group(c) : null;
        List<String> partitions = new ArrayList<>();
        while (!c.atEnd() && !c.is("AS")) {
            if (c.isSymbol("(") && c.peek(1) != null && c.peek(1).is("PARTITION")) {
                c.next();
                int depth = 0;
                while (!c.atEnd()) {
                    if (depth == 0 && c.accept("PARTITION")) {
                        if (c.peek() != null && c.peek().isIdentifier() && !c.isAny("VALUES", "TABLESPACE")) {
                            partitions.add(c.identifier());
                        }
                    }
                    OracleScriptToken token = c.next();
                    if (token.isSymbol("(")) {
                        depth++;
                    } else if (token.isSymbol(")")) {
                        if (depth == 0) {
                            break;
                        }
                        depth--;
                    }
                }
            } else {
                c.skipItem();
            }
        }
        return new PartitioningInfo(method, key, partitions);
    }

    /** At the name after ALTER TABLE. */
    void alterTable(OracleScriptCursor c, OracleScriptStatement statement) {
        String[] name = c.qualifiedName();
        OracleScriptTable table = state.table(name);
        if (table == null) {
            state.problem(statement.line(), statement.head(), "ALTER TABLE of " + name[1]
                    + ", a table this script does not create");
            return;
        }
        while (!c.atEnd()) {
            if (c.accept("ADD")) {
                if (c.acceptSymbol("(")) {
                    relationalProperties(c, table);
                } else if (c.isAny("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN")) {
                    outOfLineConstraint(c, table);
                } else if (c.is("SUPPLEMENTAL", "LOG") || c.is("PERIOD", "FOR") || c.isAny("PARTITION",
                        "SUBPARTITION", "OVERFLOW")) {
                    return;
                } else {
                    column(c, table);
                }
            } else if (c.accept("MODIFY")) {
                if (c.acceptSymbol("(")) {
                    do {
                        modifyColumn(c, table);
                    } while (c.acceptSymbol(","));
                    c.expectSymbol(")");
                } else if (c.isAny("CONSTRAINT", "PRIMARY", "UNIQUE", "PARTITION", "SUBPARTITION", "DEFAULT",
                        "LOB", "NESTED", "VARRAY", "COLUMN")) {
                    return;
                } else {
                    modifyColumn(c, table);
                }
            } else if (c.accept("DROP")) {
                drop(c, table);
            } else if (c.accept("RENAME", "COLUMN")) {
                OracleScriptTable.Column column = table.column(c.identifier());
                c.expect("TO");
                String newName = c.identifier();
                if (column != null) {
                    column.name = newName;
                }
            } else if (c.accept("ENABLE", "ALL", "TRIGGERS") || c.accept("DISABLE", "ALL", "TRIGGERS")) {
                boolean enabled = c.token(c.position() - 3).is("ENABLE");
                state.triggers.replaceAll((key, t) -> t.schema().equals(table.schema) && table.name.equals(t.table())
                        ? new TriggerInfo(t.schema(), t.table(), t.name(), t.timing(),
                                t.events(), t.level(), t.body(), enabled)
                        : t);
            } else {
                return;
            }
        }
    }

    private void modifyColumn(OracleScriptCursor c, OracleScriptTable table) {
        String name = c.identifier();
        OracleScriptTable.Column column = table.column(name);
        if (column == null) {
            throw c.fail("MODIFY of column " + name + ", which " + table.name + " does not have");
        }
        if (startsType(c)) {
            column.dataType = OracleScriptDataType.read(c);
        }
        columnAttributes(c, table, column);
    }

    private void drop(OracleScriptCursor c, OracleScriptTable table) {
        if (c.accept("CONSTRAINT")) {
            table.dropConstraint(c.identifier());
        } else if (c.accept("PRIMARY", "KEY")) {
            table.primaryKey = List.of();
            table.primaryKeyName = null;
        } else if (c.accept("UNIQUE")) {
            List<String> columns = c.identifierList();
            table.uniqueConstraints.removeIf(u -> u.columns().equals(columns));
        } else if (c.accept("COLUMN")) {
            String column = c.identifier();
            table.columns.removeIf(col -> col.name.equals(column));
        } else if (c.isSymbol("(")) {
            List<String> columns = c.identifierList();
            table.columns.removeIf(col -> columns.contains(col.name));
        } else {
            while (!c.atEnd()) {
                c.next();
            }
            return;
        }
        while (c.isAny("CASCADE", "CONSTRAINTS", "KEEP", "INDEX", "ONLINE", "INVALIDATE")) {
            c.next();
        }
    }

    /** At the name after {@code CREATE [UNIQUE|BITMAP] INDEX}. */
    void createIndex(OracleScriptCursor c, OracleScriptStatement statement, boolean unique, String method) {
        c.accept("IF", "NOT", "EXISTS");
        String[] name = c.qualifiedName();
        c.expect("ON");
        if (c.accept("CLUSTER")) {
            return;
        }
        String[] tableName = c.qualifiedName();
        OracleScriptTable table = state.table(tableName);
        if (!c.isSymbol("(") && c.peek() != null && c.peek().isIdentifier()) {
            c.identifier();
        }
        c.expectSymbol("(");
        List<String> keys = new ArrayList<>();
        boolean expression = false;
        do {
            int start = c.position();
            while (!c.isSymbol(",") && !c.isSymbol(")")) {
                c.skipItem();
            }
            int end = c.position();
            if (end > start && c.token(end - 1).kind() == OracleScriptToken.Kind.WORD
                    && (c.token(end - 1).is("ASC") || c.token(end - 1).is("DESC"))) {
                end--;
            }
            if (end == start + 1 && c.token(start).isIdentifier()) {
                keys.add(c.token(start).identifier());
            } else {
                keys.add(c.text(start, end));
                expression = true;
            }
        } while (c.acceptSymbol(","));
        c.expectSymbol(")");
        String indexMethod = method;
        while (!c.atEnd()) {
            if (c.accept("INDEXTYPE", "IS")) {
                String[] type = c.qualifiedName();
                indexMethod = type[0] == null ? type[1] : type[0] + "." + type[1];
            } else {
                c.skipItem();
            }
        }
        if (table == null) {
            state.problem(statement.line(), statement.head(), "index " + name[1] + " on " + tableName[1]
                    + ", a table this script does not create");
            return;
        }
        table.indexes.removeIf(i -> i.name().equals(name[1]));
        table.indexes.add(new IndexInfo(name[1], keys, unique, false, indexMethod, null, expression));
    }

    /** At the word after COMMENT ON. */
    void comment(OracleScriptCursor c, OracleScriptStatement statement) {
        if (c.accept("TABLE")) {
            String[] name = c.qualifiedName();
            c.expect("IS");
            String text = literal(c);
            OracleScriptTable table = state.table(name);
            String key = OracleScriptCatalogState.key(state.schemaOf(name), name[1]);
            ViewInfo view = state.views.get(key);
            if (table != null) {
                table.comment = text;
            } else if (view != null) {
                state.views.put(key, new ViewInfo(view.schema(), view.name(), view.definition(), view.materialized(),
                        text));
            } else {
                state.problem(statement.line(), statement.head(), "comment on " + name[1]
                        + ", a table this script does not create");
            }
        } else if (c.accept("COLUMN")) {
            List<String> parts = new ArrayList<>();
            parts.add(c.identifier());
            while (c.acceptSymbol(".")) {
                parts.add(c.identifier());
            }
            if (parts.size() < 2) {
                throw c.fail("COMMENT ON COLUMN needs table.column");
            }
            c.expect("IS");
            String text = literal(c);
            String column = parts.get(parts.size() - 1);
            String[] tableName = {parts.size() > 2 ? parts.get(parts.size() - 3) : null, parts.get(parts.size() - 2)};
            OracleScriptTable table = state.table(tableName);
            if (table != null && table.column(column) != null) {
                table.column(column).comment = text;
            } else if (!state.views.containsKey(OracleScriptCatalogState.key(state.schemaOf(tableName),
                    tableName[1]))) {
                state.problem(statement.line(), statement.head(), "comment on column " + tableName[1] + "." + column
                        + ", which this script does not create");
            }
        }
    }

    /** The value of the string literal at the cursor. */
    static String literal(OracleScriptCursor c) {
        OracleScriptToken token = c.next();
        if (token.kind() != OracleScriptToken.Kind.STRING) {
            throw c.fail("expected a string literal but found " + OracleScriptCursor.describe(token));
        }
        String text = token.text();
        int quote = text.indexOf('\'');
        String prefix = text.substring(0, quote).toUpperCase(Locale.ROOT);
        if (prefix.endsWith("Q")) {
            return text.substring(quote + 2, text.length() - 2);
        }
        return text.substring(quote + 1, text.length() - 1).replace("''", "'");
    }
}
