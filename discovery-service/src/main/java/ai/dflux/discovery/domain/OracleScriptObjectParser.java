package ai.dflux.discovery.domain;

import ai.dflux.contracts.catalog.RoutineInfo;
import ai.dflux.contracts.catalog.SequenceInfo;
import ai.dflux.contracts.catalog.SynonymInfo;
import ai.dflux.contracts.catalog.ViewInfo;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Reads CREATE SEQUENCE, CREATE [MATERIALIZED] VIEW, CREATE SYNONYM and DROP into the catalog state. */
final class OracleScriptObjectParser {

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final OracleScriptCatalogState state;

    OracleScriptObjectParser(OracleScriptCatalogState state) {
        this.state = state;
    }

    /** At the name after CREATE SEQUENCE. Values beyond a Java long (Oracle allows 28 digits) are left null. */
    void createSequence(OracleScriptCursor c) {
        c.accept("IF", "NOT", "EXISTS");
        String[] name = c.qualifiedName();
        Long start = null;
        long increment = 1;
        Long min = null;
        Long max = null;
        boolean minGiven = false;
        boolean maxGiven = false;
        boolean cycle = false;
        while (!c.atEnd()) {
            if (c.accept("START", "WITH")) {
                start = number(c);
            } else if (c.accept("INCREMENT", "BY")) {
                Long value = number(c);
                increment = value == null ? 1 : value;
            } else if (c.accept("MINVALUE")) {
                min = number(c);
                minGiven = true;
            } else if (c.accept("MAXVALUE")) {
                max = number(c);
                maxGiven = true;
            } else if (c.accept("CACHE")) {
                number(c);
            } else if (c.accept("CYCLE")) {
                cycle = true;
            } else if (c.accept("NOCYCLE")) {
                cycle = false;
            } else if (c.isAny("NOMINVALUE", "NOMAXVALUE", "NOCACHE", "ORDER", "NOORDER", "KEEP", "NOKEEP", "SCALE",
                    "NOSCALE", "SHARD", "NOSHARD", "EXTEND", "NOEXTEND", "SESSION", "GLOBAL")) {
                c.next();
            } else {
                throw c.fail("unexpected " + OracleScriptCursor.describe(c.peek()) + " in CREATE SEQUENCE");
            }
        }
        boolean ascending = increment > 0;
        if (!minGiven && ascending) {
            min = 1L;
        }
        if (!maxGiven && !ascending) {
            max = -1L;
        }
        long first = start != null ? start : ascending ? (min != null ? min : 1) : (max != null ? max : -1);
        state.sequences.put(OracleScriptCatalogState.key(state.schemaOf(name), name[1]),
                new SequenceInfo(state.schemaOf(name), name[1], "NUMBER", first, increment, min, max, cycle, null));
    }

    private static Long number(OracleScriptCursor c) {
        boolean negative = c.acceptSymbol("-");
        if (!negative) {
            c.acceptSymbol("+");
        }
        OracleScriptToken token = c.next();
        if (token.kind() != OracleScriptToken.Kind.NUMBER) {
            throw c.fail("expected a number but found " + OracleScriptCursor.describe(token));
        }
        try {
            BigInteger value = new BigDecimal(token.text()).toBigInteger();
            if (negative) {
                value = value.negate();
            }
            return value.compareTo(LONG_MIN) < 0 || value.compareTo(LONG_MAX) > 0 ? null : value.longValue();
        } catch (NumberFormatException e) {
            throw c.fail("expected a number but found " + OracleScriptCursor.describe(token));
        }
    }

    /** At the name after CREATE [MATERIALIZED] VIEW; the text after the AS that starts the query is the definition. */
    void createView(OracleScriptCursor c, boolean materialized) {
        c.accept("IF", "NOT", "EXISTS");
        String[] name = c.qualifiedName();
        while (!c.atEnd()) {
            if (c.is("AS") && c.peek(1) != null
                    && (c.peek(1).is("SELECT") || c.peek(1).is("WITH") || c.peek(1).isSymbol("("))) {
                c.next();
                String key = OracleScriptCatalogState.key(state.schemaOf(name), name[1]);
                ViewInfo previous = state.views.get(key);
                state.views.put(key, new ViewInfo(state.schemaOf(name), name[1], c.textToEnd(c.position()),
                        materialized, previous == null ? null : previous.comment()));
                return;
            }
            c.skipItem();
        }
        throw c.fail("no AS followed by a query in CREATE VIEW " + name[1]);
    }

    /** At the name after CREATE [PUBLIC] SYNONYM. */
    void createSynonym(OracleScriptCursor c, boolean publicSynonym) {
        c.accept("IF", "NOT", "EXISTS");
        String[] name = c.qualifiedName();
        while (!c.atEnd() && !c.is("FOR")) {
            c.skipItem();
        }
        c.expect("FOR");
        String[] target = c.qualifiedName();
        String object = target[1];
        if (c.acceptSymbol("@")) {
            StringBuilder link = new StringBuilder(c.identifier());
            while (c.acceptSymbol(".")) {
                link.append('.').append(c.identifier());
            }
            object = object + "@" + link;
        }
        String schema = publicSynonym ? "PUBLIC" : state.schemaOf(name);
        state.synonyms.put(OracleScriptCatalogState.key(schema, name[1]),
                new SynonymInfo(schema, name[1], state.schemaOf(target), object, publicSynonym));
    }

    /** At the word after DROP: removes what the script created before. Unknown kinds are ignored. */
    void drop(OracleScriptCursor c) {
        boolean publicSynonym = c.accept("PUBLIC");
        String kind = c.next().upper();
        if (kind.equals("MATERIALIZED") || kind.equals("PACKAGE") || kind.equals("TYPE")) {
            if (c.accept("VIEW") && kind.equals("MATERIALIZED")) {
                if (c.is("LOG")) {
                    return;
                }
                kind = "VIEW";
            } else if (c.accept("BODY")) {
                kind = kind + " BODY";
            }
        }
        c.accept("IF", "EXISTS");
        if (c.atEnd()) {
            return;
        }
        String[] name = c.qualifiedName();
        String schema = publicSynonym ? "PUBLIC" : state.schemaOf(name);
        String key = OracleScriptCatalogState.key(schema, name[1]);
        String what = kind;
        switch (what) {
            case "TABLE" -> {
                state.tables.remove(key);
                state.triggers.values().removeIf(t -> t.schema().equals(schema) && name[1].equals(t.table()));
            }
            case "VIEW" -> state.views.remove(key);
            case "SEQUENCE" -> state.sequences.remove(key);
            case "SYNONYM" -> state.synonyms.remove(key);
            case "TRIGGER" -> state.triggers.remove(key);
            case "TYPE" -> state.types.remove(key);
            case "INDEX" -> state.tables.values().forEach(t -> t.indexes.removeIf(i -> i.name().equals(name[1])));
            case "PROCEDURE", "FUNCTION", "PACKAGE", "PACKAGE BODY" -> state.routines.values().removeIf(r ->
                    r.schema().equals(schema) && r.name().equals(name[1])
                            && (what.equals("PACKAGE") ? r.kind() == RoutineInfo.Kind.PACKAGE
                                    || r.kind() == RoutineInfo.Kind.PACKAGE_BODY
                                    : what.equals("PACKAGE BODY") ? r.kind() == RoutineInfo.Kind.PACKAGE_BODY
                                            : r.kind().name().equals(what)
                                                    || r.kind() == RoutineInfo.Kind.AGGREGATE));
            default -> {
            }
        }
    }
}
