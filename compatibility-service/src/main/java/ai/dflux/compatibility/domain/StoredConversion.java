package ai.dflux.compatibility.domain;

import ai.dflux.compatibility.domain.ddl.SchemaConversion;
import ai.dflux.compatibility.domain.types.TypeOverride;
import ai.dflux.contracts.catalog.Catalog;
import java.util.List;

/**
 * A revision stored before, as a reconversion compares with it.
 *
 * @param catalog the catalog it was converted from, or null for a revision stored before catalogs were kept
 * @param overrides the type overrides it was converted with
 */
public record StoredConversion(int revision, String ddlFingerprint, SchemaConversion conversion, Catalog catalog,
        List<TypeOverride> overrides) {

    public StoredConversion {
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
    }
}
