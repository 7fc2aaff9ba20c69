package ai.dflux.compatibility.domain.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.ParenthesedFromItem;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * The relations one query block can name, by the name a column qualifier uses for them (alias, or table name), plus the
 * block's output aliases (for ORDER BY). Derived tables are kept with no source relation: their columns are aliases.
 */
final class QueryScope {

    /** One entry of a FROM clause: {@code relation} is null for a derived table. */
    record Entry(String key, SourceRelation relation, String qualifier) {
    }

    private final QueryScope parent;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Set<String> outputAliases;

    private QueryScope(QueryScope parent, Set<String> outputAliases) {
        this.parent = parent;
        this.outputAliases = outputAliases;
    }

    /** The scope of a table-level expression (default, check, generated column): the table alone. */
    static QueryScope ofTable(SourceRelation table, TranslationContext context) {
        QueryScope scope = new QueryScope(null, Set.of());
        scope.entries.put(table.name(), new Entry(table.name(), table, context.names().relation(table.schema(),
                table.name())));
        return scope;
    }

    static QueryScope of(PlainSelect select, QueryScope parent, TranslationContext context) {
        Set<String> aliases = new java.util.HashSet<>();
        for (SelectItem<?> item : select.getSelectItems()) {
            if (item.getAlias() != null) {
                aliases.add(context.syntax().sourceName(item.getAlias().getName()).toLowerCase(java.util.Locale.ROOT));
            }
        }
        QueryScope scope = new QueryScope(parent, aliases);
        scope.add(select.getFromItem(), context);
        if (select.getJoins() != null) {
            select.getJoins().forEach(join -> scope.add(join.getFromItem(), context));
        }
        return scope;
    }

    private void add(FromItem item, TranslationContext context) {
        if (item == null) {
            return;
        }
        if (item instanceof Table table) {
            SourceRelation relation = context.sourceRelation(table);
            Alias alias = table.getAlias();
            String key = alias != null ? context.syntax().sourceName(alias.getName()) : relation.name();
            String qualifier = alias != null ? context.syntax().targetAlias(alias.getName())
                    : context.names().relation(relation.schema(), relation.name());
            entries.put(key, new Entry(key, relation, qualifier));
        } else if (item instanceof ParenthesedFromItem parenthesed) {
            add(parenthesed.getFromItem(), context);
            if (parenthesed.getJoins() != null) {
                for (Join join : parenthesed.getJoins()) {
                    add(join.getFromItem(), context);
                }
            }
        } else if (item.getAlias() != null) {
            String key = context.syntax().sourceName(item.getAlias().getName());
            entries.put(key, new Entry(key, null, context.syntax().targetAlias(item.getAlias().getName())));
        }
    }

    /** The FROM entry a qualifier names, here or in an enclosing block. */
    Optional<Entry> entry(String key) {
        for (QueryScope scope = this; scope != null; scope = scope.parent) {
            Entry exact = scope.entries.get(key);
            if (exact != null) {
                return Optional.of(exact);
            }
            for (Entry entry : scope.entries.values()) {
                if (entry.key().equalsIgnoreCase(key)) {
                    return Optional.of(entry);
                }
            }
        }
        return Optional.empty();
    }

    /** The relation an unqualified column belongs to: the one that knows it, or the only one of the block. */
    Optional<SourceRelation> owner(String column, TargetNames names) {
        for (QueryScope scope = this; scope != null; scope = scope.parent) {
            List<SourceRelation> knowing = new ArrayList<>();
            for (Entry entry : scope.entries.values()) {
                if (entry.relation() != null
                        && names.columnType(entry.relation().schema(), entry.relation().name(), column).isPresent()) {
                    knowing.add(entry.relation());
                }
            }
            if (knowing.size() == 1) {
                return Optional.of(knowing.get(0));
            }
            if (scope.entries.size() == 1 && scope.entries.values().iterator().next().relation() != null
                    && !scope.isOutputAlias(column)) {
                return Optional.of(scope.entries.values().iterator().next().relation());
            }
        }
        return Optional.empty();
    }

    boolean isOutputAlias(String column) {
        return outputAliases.contains(column.toLowerCase(java.util.Locale.ROOT));
    }

    QueryScope parent() {
        return parent;
    }
}
