package ai.dflux.compatibility.domain.sql;

import ai.dflux.contracts.Dialect;

/** Translates one source dialect's SQL into PostgreSQL's, through a parsed syntax tree. */
public interface SqlTranslator {

    Dialect dialect();

    /**
     * An expression of a column default, check constraint or generated column.
     *
     * @param table the source table (schema and name) the expression belongs to, whose columns it may name
     */
    Translation expression(String sql, String sourceSchema, String table, TargetNames names);

    /** The query of a view ({@code SELECT ...}, without {@code CREATE VIEW}). */
    Translation query(String sql, TargetNames names);
}
