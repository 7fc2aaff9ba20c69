package ai.dflux.compatibility.domain.ddl;

/** The kinds of target objects a conversion produces. */
public enum ObjectKind {
    SCHEMA, TYPE, SEQUENCE, TABLE, INDEX, UNIQUE_CONSTRAINT, CHECK_CONSTRAINT, FOREIGN_KEY, SEQUENCE_OWNERSHIP, VIEW,
    /** A column added to or widened in an existing table, in a {@link SchemaDelta}. */
    COLUMN
}
