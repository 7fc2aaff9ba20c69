package ai.dflux.discovery.domain;

import ai.dflux.contracts.catalog.RoutineInfo;
import ai.dflux.contracts.catalog.TriggerInfo;
import ai.dflux.contracts.catalog.TypeInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the PL/SQL units of a script: procedures, functions, packages and package bodies, triggers, and object and
 * collection types (with their bodies). Their text is kept whole, from the kind keyword on, as USER_SOURCE holds it.
 */
final class OracleScriptCodeParser {

    /** Words of a function header after RETURN type that end the return type. */
    private static final Set<String> HEADER_OPTIONS = Set.of("IS", "AS", "DETERMINISTIC", "PIPELINED",
            "PARALLEL_ENABLE", "RESULT_CACHE", "AGGREGATE", "AUTHID", "ACCESSIBLE", "SHARING", "DEFAULT", "USING",
            "SQL_MACRO");

    private final OracleScriptCatalogState state;

    OracleScriptCodeParser(OracleScriptCatalogState state) {
        this.state = state;
    }

    /** At the PROCEDURE or FUNCTION keyword. */
    void routine(OracleScriptCursor c) {
        int kindAt = c.position();
        boolean function = c.next().is("FUNCTION");
        c.accept("IF", "NOT", "EXISTS");
        String[] name = c.qualifiedName();
        String signature = "()";
        if (c.isSymbol("(")) {
            int open = c.skipGroup();
            signature = c.text(open, c.position());
        }
        String returns = null;
        RoutineInfo.Kind kind = function ? RoutineInfo.Kind.FUNCTION : RoutineInfo.Kind.PROCEDURE;
        if (function) {
            c.expect("RETURN");
            int start = c.position();
            while (!c.atEnd() && !(c.peek().kind() == OracleScriptToken.Kind.WORD
                    && HEADER_OPTIONS.contains(c.peek().upper()))) {
                c.skipItem();
            }
            returns = c.text(start, c.position());
            if (returns == null) {
                throw c.fail("FUNCTION " + name[1] + " has no return type");
            }
        }
        while (!c.atEnd() && !c.isAny("IS", "AS")) {
            if (c.accept("AGGREGATE", "USING")) {
                kind = RoutineInfo.Kind.AGGREGATE;
            } else {
                c.skipItem();
            }
        }
        if (c.atEnd()) {
            throw c.fail("no IS or AS in " + (function ? "FUNCTION " : "PROCEDURE ") + name[1]);
        }
        c.next();
        String language = "PLSQL";
        if (c.accept("LANGUAGE")) {
            language = c.next().upper();
        } else if (c.is("EXTERNAL")) {
            language = "C";
        } else {
            requireEnd(c, name[1]);
        }
        String schema = state.schemaOf(name);
        state.routines.put(routineKey(kind, schema, name[1]), new RoutineInfo(schema, name[1], kind, signature,
                returns, language, c.textToEnd(kindAt)));
    }

    /** At the PACKAGE keyword. */
    void createPackage(OracleScriptCursor c) {
        int kindAt = c.position();
        c.expect("PACKAGE");
        boolean body = c.accept("BODY");
        c.accept("IF", "NOT", "EXISTS");
        String[] name = c.qualifiedName();
        while (!c.atEnd() && !c.isAny("IS", "AS")) {
            c.skipItem();
        }
        if (c.atEnd()) {
            throw c.fail("no IS or AS in PACKAGE " + name[1]);
        }
        requireEnd(c, name[1]);
        RoutineInfo.Kind kind = body ? RoutineInfo.Kind.PACKAGE_BODY : RoutineInfo.Kind.PACKAGE;
        String schema = state.schemaOf(name);
        state.routines.put(routineKey(kind, schema, name[1]),
                new RoutineInfo(schema, name[1], kind, null, null, "PLSQL", c.textToEnd(kindAt)));
    }

    private static String routineKey(RoutineInfo.Kind kind, String schema, String name) {
        return kind + " " + OracleScriptCatalogState.key(schema, name);
    }

    /** A PL/SQL unit must end with {@code END [name];}; a cut-off one is a problem. */
    private static void requireEnd(OracleScriptCursor c, String name) {
        int last = c.size() - 1;
        boolean ends = last >= 1 && c.token(last).isSymbol(";")
                && (c.token(last - 1).is("END") || (last >= 2 && c.token(last - 2).is("END")));
        if (!ends) {
            throw new OracleScriptSyntaxError(name + " does not end with END;: the unit is cut off or malformed",
                    c.token(last).line());
        }
    }

    /** At the TRIGGER keyword. */
    void createTrigger(OracleScriptCursor c, boolean enabledByDefault) {
        c.expect("TRIGGER");
        c.accept("IF", "NOT", "EXISTS");
        String[] name = c.qualifiedName();
        String timing;
        if (c.accept("BEFORE")) {
            timing = "BEFORE";
        } else if (c.accept("AFTER")) {
            timing = "AFTER";
        } else if (c.accept("INSTEAD", "OF")) {
            timing = "INSTEAD OF";
        } else if (c.accept("FOR")) {
            timing = "COMPOUND";
        } else {
            throw c.fail("expected BEFORE, AFTER, INSTEAD OF or FOR but found "
                    + OracleScriptCursor.describe(c.peek()));
        }
        List<String> events = new ArrayList<>();
        while (!c.atEnd() && !c.is("ON")) {
            OracleScriptToken token = c.next();
            if (token.is("OR")) {
                continue;
            }
            if (token.is("OF") && !events.isEmpty()) {
                do {
                    c.identifier();
                } while (c.acceptSymbol(","));
                continue;
            }
            if (token.kind() != OracleScriptToken.Kind.WORD) {
                throw c.fail("unexpected " + OracleScriptCursor.describe(token) + " in the events of TRIGGER "
                        + name[1]);
            }
            events.add(token.upper());
        }
        if (events.isEmpty()) {
            throw c.fail("TRIGGER " + name[1] + " names no event");
        }
        c.expect("ON");
        String table = null;
        if (c.accept("NESTED", "TABLE")) {
            c.identifier();
            c.expect("OF");
            table = c.qualifiedName()[1];
        } else if (c.accept("DATABASE") || c.accept("SCHEMA") || c.accept("PLUGGABLE", "DATABASE")) {
            table = null;
        } else {
            String[] target = c.qualifiedName();
            if (c.acceptSymbol(".") && c.accept("SCHEMA")) {
                table = null;
            } else if (target[1].equals("SCHEMA") && target[0] != null) {
                table = null;
            } else {
                table = target[1];
            }
        }
        String level = "STATEMENT";
        boolean enabled = enabledByDefault;
        int bodyAt = -1;
        while (!c.atEnd() && bodyAt < 0) {
            if (c.accept("REFERENCING")) {
                while (c.isAny("OLD", "NEW", "PARENT")) {
                    c.next();
                    c.accept("AS");
                    c.identifier();
                }
            } else if (c.accept("FOR", "EACH", "ROW")) {
                level = "ROW";
            } else if (c.accept("FOLLOWS") || c.accept("PRECEDES")) {
                do {
                    c.qualifiedName();
                } while (c.acceptSymbol(","));
            } else if (c.accept("ENABLE")) {
                enabled = true;
            } else if (c.accept("DISABLE")) {
                enabled = false;
            } else if (c.isAny("FORWARD", "REVERSE", "CROSSEDITION")) {
                c.next();
            } else if (c.is("WHEN")) {
                bodyAt = c.position();
            } else if (c.isAny("DECLARE", "BEGIN", "CALL", "COMPOUND") || c.isSymbol("<")) {
                bodyAt = c.position();
            } else {
                throw c.fail("unexpected " + OracleScriptCursor.describe(c.peek()) + " before the body of TRIGGER "
                        + name[1]);
            }
        }
        if (bodyAt < 0) {
            throw c.fail("TRIGGER " + name[1] + " has no body");
        }
        if (timing.equals("COMPOUND")) {
            for (int i = bodyAt; i + 1 < c.size(); i++) {
                if (c.token(i).is("EACH") && c.token(i + 1).is("ROW")) {
                    level = "ROW";
                }
            }
        }
        if (!c.is("CALL") && !(c.is("WHEN") && containsCall(c, bodyAt))) {
            requireEnd(c, name[1]);
        }
        String schema = state.schemaOf(name);
        state.triggers.put(OracleScriptCatalogState.key(schema, name[1]), new TriggerInfo(schema, table, name[1],
                timing, events, level, c.textToEnd(bodyAt), enabled));
    }

    private static boolean containsCall(OracleScriptCursor c, int from) {
        for (int i = from; i < c.size(); i++) {
            if (c.token(i).is("CALL")) {
                return true;
            }
            if (c.token(i).is("BEGIN") || c.token(i).is("DECLARE")) {
                return false;
            }
        }
        return false;
    }

    /** At the TYPE keyword: a type specification (OBJECT, VARRAY, TABLE OF) or a type body. */
    void createType(OracleScriptCursor c, OracleScriptStatement statement) {
        int kindAt = c.position();
        c.expect("TYPE");
        boolean body = c.accept("BODY");
        c.accept("IF", "NOT", "EXISTS");
        String[] name = c.qualifiedName();
        String schema = state.schemaOf(name);
        String key = OracleScriptCatalogState.key(schema, name[1]);
        String text = c.textToEnd(kindAt);
        if (body) {
            TypeInfo spec = state.types.get(key);
            if (spec == null) {
                state.problem(statement.line(), statement.head(), "TYPE BODY " + name[1]
                        + " for a type this script does not create");
                return;
            }
            state.types.put(key, new TypeInfo(spec.schema(), spec.name(), spec.kind(), spec.values(),
                    spec.baseType(), spec.definition() + "\n/\n" + text));
            return;
        }
        String kind = "OBJECT";
        String element = null;
        while (!c.atEnd() && !c.isAny("IS", "AS", "UNDER")) {
            c.skipItem();
        }
        if (c.accept("IS") || c.accept("AS")) {
            if (c.accept("VARRAY") || c.accept("VARYING", "ARRAY")) {
                c.skipGroup();
                c.expect("OF");
                kind = "COLLECTION";
                element = OracleScriptDataType.read(c);
            } else if (c.accept("TABLE", "OF")) {
                kind = "COLLECTION";
                element = OracleScriptDataType.read(c);
            } else if (!c.accept("OBJECT")) {
                throw c.fail("expected OBJECT, VARRAY or TABLE OF in TYPE " + name[1] + " but found "
                        + OracleScriptCursor.describe(c.peek()));
            }
        }
        state.types.put(key, new TypeInfo(schema, name[1], kind, List.of(), element, text));
    }

    /** At the name after ALTER TRIGGER. */
    void alterTrigger(OracleScriptCursor c, OracleScriptStatement statement) {
        String[] name = c.qualifiedName();
        String key = OracleScriptCatalogState.key(state.schemaOf(name), name[1]);
        TriggerInfo trigger = state.triggers.get(key);
        boolean enable = c.is("ENABLE");
        if (!enable && !c.is("DISABLE")) {
            return;
        }
        if (trigger == null) {
            state.problem(statement.line(), statement.head(), "ALTER TRIGGER of " + name[1]
                    + ", a trigger this script does not create");
            return;
        }
        state.triggers.put(key, new TriggerInfo(trigger.schema(), trigger.table(), trigger.name(), trigger.timing(),
                trigger.events(), trigger.level(), trigger.body(), enable));
    }
}
