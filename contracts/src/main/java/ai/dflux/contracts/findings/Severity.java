package ai.dflux.contracts.findings;

/** How much a finding stands in the way of a migration. */
public enum Severity {
    /** The migration cannot go on until it is dealt with. */
    BLOCKER,
    /** It goes on, but something changes or needs a person's decision. */
    WARNING,
    /** Worth knowing; dflux handles it. */
    INFO
}
