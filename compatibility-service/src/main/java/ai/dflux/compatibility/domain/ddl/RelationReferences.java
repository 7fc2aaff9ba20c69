package ai.dflux.compatibility.domain.ddl;

import ai.dflux.compatibility.domain.names.Identifiers;
import ai.dflux.contracts.Dialect;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.catalog.ViewInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.sf.jsqlparser.util.TablesNamesFinder;

/**
 * The tables and views of the catalog that a query reads, as target names: found by parsing the query (JSqlParser)
 * and matching each relation it names, in the translated query against target names and in the source query against
 * source names. A query the parser cannot read yields nothing.
 */
final class RelationReferences {

    private final ConversionContext context;
    private final Map<String, String> byTarget = new HashMap<>();
    private final Map<String, String> bySource = new HashMap<>();

    RelationReferences(ConversionContext context) {
        this.context = context;
        for (TableInfo table : context.catalog().tables()) {
            add(table.schema(), table.name());
        }
        for (ViewInfo view : context.catalog().views()) {
            add(view.schema(), view.name());
        }
    }

    private void add(String schema, String relation) {
        NameMap names = context.names();
        String qualified = names.qualified(schema, relation);
        byTarget.put(key(Identifiers.unquote(names.schema(schema)), Identifiers.unquote(names.relation(schema,
                relation))), qualified);
        bySource.putIfAbsent(sourceKey(schema, relation), qualified);
    }

    /** In a query in PostgreSQL's SQL, whose unquoted names PostgreSQL reads in lower case. */
    Set<String> in(String postgresQuery) {
        Set<String> found = new TreeSet<>();
        String defaultSchema = Identifiers.unquote(context.names().schema(context.names().defaultSchema()));
        for (List<String> name : relationNames(postgresQuery, true)) {
            String schema = name.size() > 1 ? name.get(name.size() - 2) : defaultSchema;
            String target = byTarget.get(key(schema, name.get(name.size() - 1)));
            if (target != null) {
                found.add(target);
            }
        }
        return found;
    }

    /** In a query in the source's SQL, whose names are the catalog's. */
    Set<String> inSource(String sourceQuery) {
        Set<String> found = new TreeSet<>();
        for (List<String> name : relationNames(sourceQuery, false)) {
            String schema = name.size() > 1 ? name.get(name.size() - 2) : context.names().defaultSchema();
            String target = bySource.get(sourceKey(schema, name.get(name.size() - 1)));
            if (target != null) {
                found.add(target);
            }
        }
        return found;
    }

    private static List<List<String>> relationNames(String sql, boolean foldUnquoted) {
        List<List<String>> names = new ArrayList<>();
        if (sql == null || sql.isBlank()) {
            return names;
        }
        try {
            for (String name : TablesNamesFinder.findTables(sql)) {
                names.add(parts(name, foldUnquoted));
            }
        } catch (Exception | StackOverflowError e) {
            // A query the parser cannot read: its dependencies stay unknown and the view is placed by name.
        }
        return names;
    }

    /** {@code a."B"} → {@code [a, B]}; double quotes, backticks and brackets all quote. */
    private static List<String> parts(String name, boolean foldUnquoted) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    part.append(c);
                }
            } else if (c == '"' || c == '`') {
                quote = c;
            } else if (c == '[') {
                quote = ']';
            } else if (c == '.') {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(foldUnquoted ? Character.toLowerCase(c) : c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    private String sourceKey(String schema, String relation) {
        String key = key(schema, relation);
        return context.dialect() == Dialect.POSTGRESQL ? key : key.toLowerCase(Locale.ROOT);
    }

    private static String key(String schema, String relation) {
        return schema + "\u0000" + relation;
    }
}
