package ai.dflux.compatibility.domain.ddl;

/** The kinds of target objects a conversion produces. */
public enum ObjectKind {
    SCHEMA, TYPE, SEQUENCE, TABLE, INDEX, UNIQUE_CONSTRAINT, CHECK_CONSTRAINT, FOREIGN_KEY, SEQUENCE_OWNERSHIP, VIEW,
    /** A column added to or widened in an existing table, in a {@link SchemaDelta}. */
    COLUMN,
    /** A procedure, function, aggregate or package: listed for a person until stored code is converted. */
    ROUTINE,
    /** A trigger: listed for a person until stored code is converted. */
    TRIGGER
}
