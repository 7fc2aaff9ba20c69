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
    CREDENTIALS_UNREADABLE
}
