package ai.dflux.compatibility.domain.ddl;

/** The three parts of the target DDL, applied at different moments of the load. */
public enum DdlPart {
    /** Schemas, enum and domain types, sequences, tables with their primary keys: before the copy. */
    PRE_DATA,
    /** Secondary indexes, unique and check constraints, foreign keys, sequence ownership: after the copy. */
    POST_DATA,
    /** Views (and later routines and triggers): after the data. */
    CODE
}
