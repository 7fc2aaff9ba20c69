package ai.dflux.contracts.events;

/** Why a migration failed, in a form scripts can act on. */
public enum FailureReason {
    SOURCE_UNREACHABLE,
    SOURCE_AUTHENTICATION_FAILED,
    SOURCE_DATABASE_NOT_FOUND,
    SOURCE_PRIVILEGES_MISSING,
    SOURCE_READ_FAILED,
    /** An Oracle schema script that holds no SQL dflux can read. */
    SOURCE_SCRIPT_INVALID,
    /** The stored credentials cannot be decrypted: the key that sealed them is not configured any more. */
    CREDENTIALS_UNREADABLE,
    /** The target PostgreSQL cannot be reached, or refuses the stored credentials. */
    TARGET_UNREACHABLE,
    /** The target is not a PostgreSQL dflux can load (older than 14, or not PostgreSQL at all). */
    TARGET_UNSUPPORTED,
    /** The discovered catalog could not be fetched from the Discovery Agent. */
    CATALOG_UNAVAILABLE,
    /** The conversion itself failed in a way retrying did not mend (a defect of dflux: the message says where). */
    CONVERSION_FAILED,
    /** The converted schema could not be fetched from the Compatibility Agent. */
    CONVERSION_UNAVAILABLE,
    /** The target rejected the DDL or the rows (the message names the object, table or chunk). */
    TARGET_REJECTED,
    /** The copy or the change stream kept failing past the retry window (the message says how). */
    REPLICATION_FAILED
}
