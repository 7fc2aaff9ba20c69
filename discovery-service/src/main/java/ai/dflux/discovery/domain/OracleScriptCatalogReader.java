package ai.dflux.discovery.domain;

import ai.dflux.contracts.catalog.Catalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the catalog of an Oracle source from its schema scripts (DDL and PL/SQL as DBMS_METADATA or SQL*Plus scripts
 * hold them) without an Oracle server. The script is cut into statements the way SQL*Plus does
 * ({@link OracleScriptSplitter}); each CREATE, ALTER, DROP and COMMENT statement is read from its tokens and applied in
 * order, so the catalog is what the schema looks like after the script has run.
 *
 * <p>Objects without an owner prefix belong to the current schema: the one set by the script
 * ({@code CONNECT user/...}, {@code ALTER SESSION SET CURRENT_SCHEMA = x}), else one named after the script
 * ({@code "hr_create.sql"} gives {@code HR_CREATE}, {@code "sakila"} gives {@code SAKILA}). Indexes are only those of
 * explicit CREATE INDEX statements, not the ones Oracle makes implicitly for primary keys and unique constraints.
 *
 * <p>A statement that cannot be understood (or an unterminated string or comment) never throws: the catalog is marked
 * partial and {@link Catalog#problems()} names the script, the line and the start of the statement. A text holding no
 * SQL statement at all is an {@link IllegalArgumentException}.
 */
public final class OracleScriptCatalogReader {

    /** One script of a schema, named for messages (a file name). */
    public record Script(String name, String text) {
    }

    /** Kinds of CREATE that do not describe a catalog object; read over without a problem. */
    private static final Set<String> IGNORED_KINDS = Set.of("USER", "ROLE", "TABLESPACE", "DIRECTORY", "DATABASE",
            "CONTEXT", "CLUSTER", "LIBRARY", "JAVA", "PROFILE", "EDITION", "OPERATOR", "INDEXTYPE", "DIMENSION",
            "AUDIT", "OUTLINE", "SCHEMA", "SPFILE", "PFILE", "CONTROLFILE", "RESTORE", "FLASHBACK", "LOCKDOWN",
            "PLUGGABLE", "ANALYTIC", "ATTRIBUTE", "HIERARCHY", "PROPERTY", "MLE", "LOGICAL", "DISKGROUP", "ROLLBACK",
            "JSON", "INMEMORY", "CREDENTIAL");

    /** Reads one script; the database and the default schema are named after {@code scriptName}. */
    public Catalog read(String scriptName, String scriptText) {
        return read(scriptName, List.of(new Script(scriptName, scriptText)));
    }

    /** Reads the scripts of one schema in order (for example {@code hr_create.sql}, then {@code hr_code.sql}). */
    public Catalog read(String database, List<Script> scripts) {
        if (scripts.isEmpty() || scripts.stream().allMatch(s -> s.text() == null || s.text().isBlank())) {
            throw new IllegalArgumentException("the Oracle script " + database + " is empty");
        }
        OracleScriptCatalogState state = new OracleScriptCatalogState(defaultSchema(database));
        Map<String, Integer> includes = new LinkedHashMap<>();
        int sqlStatements = 0;
        List<String> notSql = new ArrayList<>();
        for (Script script : scripts) {
            state.scriptName = script.name();
            OracleScriptSplitter splitter = new OracleScriptSplitter(script.text() == null ? "" : script.text());
            OracleScriptStatement statement;
            while ((statement = splitter.next()) != null) {
                switch (statement.type()) {
                    case ERROR -> state.problem(statement.line(), statement.head(), statement.detail()
                            + "; the rest of the script is not read");
                    case UNKNOWN -> notSql.add(state.scriptName + " line " + statement.line()
                            + ": not a SQL statement or SQL*Plus command [" + statement.head() + "]");
                    case SKIPPED -> sqlStatements++;
                    case COMMAND -> command(state, statement, includes);
                    case READ -> {
                        sqlStatements++;
                        readStatement(state, statement, splitter.source());
                    }
                    default -> throw new IllegalStateException(statement.type().name());
                }
            }
        }
        if (sqlStatements == 0 && state.problems.isEmpty()) {
            throw new IllegalArgumentException("the Oracle script " + database
                    + " holds no SQL statement: it is not a schema script"
                    + (notSql.isEmpty() ? "" : " (" + notSql.get(0) + ")"));
        }
        state.problems.addAll(notSql);
        for (Map.Entry<String, Integer> include : includes.entrySet()) {
            boolean read = scripts.stream().anyMatch(s -> baseName(s.name()).equalsIgnoreCase(include.getKey()));
            if (!read) {
                state.problems.add("the script runs " + include.getKey() + " (line " + include.getValue()
                        + "), which was not given to the reader: its objects are missing");
            }
        }
        return state.toCatalog(database);
    }

    private static void readStatement(OracleScriptCatalogState state, OracleScriptStatement statement,
            String source) {
        OracleScriptCursor c = new OracleScriptCursor(statement, source, state.defines);
        try {
            String word = c.next().upper();
            switch (word) {
                case "CREATE" -> create(state, c, statement);
                case "ALTER" -> alter(state, c, statement);
                case "DROP" -> new OracleScriptObjectParser(state).drop(c);
                case "COMMENT" -> {
                    c.expect("ON");
                    new OracleScriptTableParser(state).comment(c, statement);
                }
                default -> {
                }
            }
            if (statement.missingSlash()) {
                state.problem(statement.line(), statement.head(), "the PL/SQL unit is not followed by a line"
                        + " holding only '/': SQL*Plus would not run it as written");
            }
        } catch (OracleScriptSyntaxError e) {
            state.problem(statement.line(), statement.head(), "cannot read the statement: " + e.getMessage());
        }
    }

    private static void create(OracleScriptCatalogState state, OracleScriptCursor c,
            OracleScriptStatement statement) {
        c.accept("OR", "REPLACE");
        boolean unique = false;
        boolean bitmap = false;
        boolean publicSynonym = false;
        boolean materialized = false;
        while (true) {
            if (c.accept("UNIQUE")) {
                unique = true;
            } else if (c.accept("BITMAP")) {
                bitmap = true;
            } else if (c.accept("PUBLIC")) {
                publicSynonym = true;
            } else if (c.accept("MATERIALIZED")) {
                materialized = true;
            } else if (c.accept("NO", "FORCE") || c.accept("AND", "RESOLVE") || c.accept("AND", "COMPILE")
                    || c.accept("GLOBAL", "TEMPORARY") || c.accept("PRIVATE", "TEMPORARY")) {
                continue;
            } else if (c.isAny("EDITIONABLE", "NONEDITIONABLE", "EDITIONING", "FORCE", "NOFORCE", "SHARDED",
                    "DUPLICATED", "IMMUTABLE", "BLOCKCHAIN", "MULTIVALUE", "SECURE", "JSON", "RELATIONAL")
                    && c.peek(1) != null && c.peek(1).kind() == OracleScriptToken.Kind.WORD) {
                c.next();
            } else {
                break;
            }
        }
        String kind = c.peek() == null ? "" : c.peek().upper();
        OracleScriptTableParser tables = new OracleScriptTableParser(state);
        OracleScriptObjectParser objects = new OracleScriptObjectParser(state);
        OracleScriptCodeParser code = new OracleScriptCodeParser(state);
        switch (kind) {
            case "TABLE" -> {
                c.next();
                tables.createTable(c, statement);
            }
            case "INDEX" -> {
                c.next();
                tables.createIndex(c, statement, unique, bitmap ? "BITMAP" : "BTREE");
            }
            case "SEQUENCE" -> {
                c.next();
                objects.createSequence(c);
            }
            case "VIEW" -> {
                c.next();
                if (materialized && c.is("LOG")) {
                    return;
                }
                objects.createView(c, materialized);
            }
            case "SYNONYM" -> {
                c.next();
                objects.createSynonym(c, publicSynonym);
            }
            case "PROCEDURE", "FUNCTION" -> code.routine(c);
            case "PACKAGE" -> code.createPackage(c);
            case "TRIGGER" -> code.createTrigger(c, true);
            case "TYPE" -> code.createType(c, statement);
            default -> {
                if (!IGNORED_KINDS.contains(kind)) {
                    throw c.fail("CREATE " + OracleScriptCursor.describe(c.peek()) + " is not a statement this reader"
                            + " knows");
                }
            }
        }
    }

    private static void alter(OracleScriptCatalogState state, OracleScriptCursor c, OracleScriptStatement statement) {
        if (c.accept("TABLE")) {
            new OracleScriptTableParser(state).alterTable(c, statement);
        } else if (c.accept("TRIGGER")) {
            new OracleScriptCodeParser(state).alterTrigger(c, statement);
        } else if (c.accept("SESSION", "SET")) {
            while (!c.atEnd()) {
                if (c.accept("CURRENT_SCHEMA")) {
                    c.expectSymbol("=");
                    state.currentSchema = c.identifier();
                } else {
                    c.next();
                }
            }
        }
    }

    /** CONNECT changes the current schema, DEFINE sets a substitution variable, @file runs another script. */
    private static void command(OracleScriptCatalogState state, OracleScriptStatement statement,
            Map<String, Integer> includes) {
        String line = statement.detail();
        if (line.startsWith("@")) {
            includes.putIfAbsent(includedFile(line.replaceFirst("^@+", "")), statement.line());
            return;
        }
        String[] words = line.split("\\s+", 2);
        String command = OracleScriptSplitter.sqlplusCommand(words[0]);
        String rest = words.length > 1 ? words[1].strip() : "";
        if (command == null) {
            return;
        }
        switch (command) {
            case "CONNECT" -> {
                String user = rest.split("[/@\\s;]", 2)[0];
                if (!user.isEmpty() && !rest.toUpperCase(Locale.ROOT).contains(" AS SYS")) {
                    state.currentSchema = user.startsWith("\"") ? user.replace("\"", "")
                            : user.toUpperCase(Locale.ROOT);
                }
            }
            case "DEFINE" -> {
                int equals = rest.indexOf('=');
                if (equals > 0) {
                    String value = rest.substring(equals + 1).strip();
                    if (value.length() >= 2 && (value.startsWith("'") || value.startsWith("\""))) {
                        value = value.substring(1, value.length() - 1);
                    }
                    state.defines.put(rest.substring(0, equals).strip().toUpperCase(Locale.ROOT), value);
                }
            }
            case "UNDEFINE" -> {
                for (String name : rest.split("\\s+")) {
                    state.defines.remove(name.toUpperCase(Locale.ROOT));
                }
            }
            case "START" -> includes.putIfAbsent(includedFile(rest), statement.line());
            default -> {
            }
        }
    }

    /** The schema of objects without an owner when the script sets none: the script's base name, upper-cased. */
    static String defaultSchema(String scriptName) {
        String base = scriptName == null ? "" : baseName(scriptName);
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        String schema = base.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_$#]", "_");
        return schema.isEmpty() ? "PUBLIC" : schema;
    }

    private static String baseName(String path) {
        String name = path.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /** The file a SQL*Plus {@code @name} or {@code START name} runs ({@code .sql} is added when there is no suffix). */
    private static String includedFile(String path) {
        String name = baseName(path.strip().split("\\s+")[0]);
        return name.contains(".") ? name : name + ".sql";
    }
}
