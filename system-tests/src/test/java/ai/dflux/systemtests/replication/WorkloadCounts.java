package ai.dflux.systemtests.replication;

/** What a {@link SourceWorkload} committed so far, per kind of operation, and how many transactions failed. */
public record WorkloadCounts(long transactions, long inserts, long updates, long bodyUpdates, long deletes,
        long keyUpdates, long multiRowUpdates, long failures) {

    /** Whether every kind of change was committed at least once. */
    public boolean coversEveryOperation() {
        return inserts > 0 && updates > 0 && bodyUpdates > 0 && deletes > 0 && keyUpdates > 0 && multiRowUpdates > 0;
    }
}
