package ai.dflux.contracts.events;

import java.util.Map;

/**
 * The source schema is converted to PostgreSQL and every generated statement was proven on the target inside a
 * transaction that was rolled back. The DDL and the per-object report are stored by the Compatibility Agent and served
 * at {@code conversionRef}; the event carries only their summary.
 *
 * @param revision 1 for the first conversion; each reconversion (after drift or a type override) counts up
 * @param conversionRef where the per-object report is served ({@code /api/v1/migrations/{id}/conversion})
 * @param sourceFingerprint the fingerprint of the catalog that was converted
 * @param ddlFingerprint {@code sha256:} of the pre-data, post-data and code scripts, so a consumer knows whether the
 *     DDL it applied is still the current one
 * @param objectsByStatus how many objects are {@code AUTO}, {@code AUTO_WITH_WARNINGS} and {@code MANUAL}
 * @param deltaFromRevision the revision the delta is computed from, or 0 when this is the first revision
 * @param additiveOnly whether the delta from the previous revision only adds (tables, columns, wider types, indexes)
 *     and can be applied without stopping; true for the first revision
 */
public record SchemaConverted(int revision, String conversionRef, String sourceFingerprint, String ddlFingerprint,
        Map<String, Integer> objectsByStatus, int deltaFromRevision, boolean additiveOnly) implements Payload {
    public static final String TYPE = "SchemaConverted";
    public static final int VERSION = 1;

    public SchemaConverted {
        objectsByStatus = Map.copyOf(objectsByStatus);
    }
}
