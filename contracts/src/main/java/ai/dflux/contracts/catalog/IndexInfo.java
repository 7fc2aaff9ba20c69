package ai.dflux.contracts.catalog;

import java.util.List;

/**
 * An index.
 *
 * @param columns the indexed columns, or the expressions of an expression index, in order
 * @param method the access method ({@code btree}, {@code hash}, {@code gin}, {@code FULLTEXT}, {@code SPATIAL}, ...)
 * @param predicate the WHERE clause of a partial index, or null
 * @param expression whether any key part is an expression rather than a column
 */
public record IndexInfo(String name, List<String> columns, boolean unique, boolean primary, String method,
        String predicate, boolean expression) {

    public IndexInfo {
        columns = Lists.of(columns);
    }
}
