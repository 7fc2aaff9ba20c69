package ai.dflux.compatibility.domain.ddl;

/** Whether an object's DDL can be applied as it is. */
public enum ObjectStatus {
    /** Converted, and proven on PostgreSQL. */
    AUTO,
    /** Converted and proven, with something a person should know (see the messages). */
    AUTO_WITH_WARNINGS,
    /** Not converted or not proven; the messages say why. Its DDL is left out of the handed-over parts. */
    MANUAL
}
