package ai.dflux.executor.domain.progress;

/**
 * The change stream's figures at one moment.
 *
 * @param lagSeconds how far the target is behind the source in time; 0 when caught up
 * @param lagBytes source WAL or binlog bytes not yet applied, or -1 when unknown
 * @param eventsPerSecond change events applied per second since the previous figures
 * @param rowsPerSecond rows written per second since the previous figures
 * @param appliedPosition the source position of the last applied change
 * @param sourceReads queries the apply made to the source for values a change does not carry
 * @param sourceRowsRead rows those queries looked up
 */
public record StreamFigures(double lagSeconds, long lagBytes, long eventsApplied, long rowsApplied,
        double eventsPerSecond, double rowsPerSecond, String appliedPosition, long sourceReads, long sourceRowsRead) {

    public static final StreamFigures NONE = new StreamFigures(0, -1, 0, 0, 0, 0, null, 0, 0);
}
