package ai.dflux.systemtests.bench.compatibility;

/**
 * The kinds of schema object the compatibility benchmark counts, on the source and on a target. The kinds do not
 * overlap (an index that backs a key is counted as the key only), so their counts add up to the objects created.
 */
public enum ObjectKind {
    SCHEMAS("schemas"),
    TABLES("tables"),
    /** Reported beside the others but left out of {@link ObjectCounts#total()}: a column is part of its table. */
    COLUMNS("columns"),
    PRIMARY_KEYS("primary keys"),
    /** Unique constraints and unique indexes that back no constraint. */
    UNIQUE_KEYS("unique keys"),
    CHECK_CONSTRAINTS("check constraints"),
    FOREIGN_KEYS("foreign keys"),
    /** Indexes that are neither unique nor behind a constraint. */
    OTHER_INDEXES("other indexes"),
    /** MySQL AUTO_INCREMENT columns; on PostgreSQL identity columns and columns defaulting to nextval(). */
    AUTO_NUMBERED_COLUMNS("auto-numbered columns"),
    SEQUENCES("sequences"),
    VIEWS("views"),
    ENUM_TYPES("enum types"),
    TRIGGERS("triggers"),
    ROUTINES("functions and procedures");

    private final String label;

    ObjectKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean countsAsObject() {
        return this != COLUMNS;
    }
}
