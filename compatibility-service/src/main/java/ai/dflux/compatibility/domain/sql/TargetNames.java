package ai.dflux.compatibility.domain.sql;

import java.util.Optional;

/**
 * What a translation needs to know of the target schema: the PostgreSQL name of each source object and the target
 * type of each column. Names come back quoted where PostgreSQL needs it, ready to be written into SQL.
 */
public interface TargetNames {

    /** The target schema of a source schema (for MySQL: of a database). */
    String schema(String sourceSchema);

    /** The target name of a table or view, without its schema; unknown names come back folded and quoted as needed. */
    String relation(String sourceSchema, String sourceRelation);

    /** The target name of a column of a table or view. */
    String column(String sourceSchema, String sourceRelation, String sourceColumn);

    /** The target type of a column ({@code smallint}, {@code boolean}, ...), when the column is known. */
    Optional<String> columnType(String sourceSchema, String sourceRelation, String sourceColumn);

    /** The schema an unqualified name belongs to (the source's default database or schema). */
    String defaultSchema();
}
