package ai.dflux.compatibility.domain;

import ai.dflux.compatibility.domain.ddl.SchemaConversion;

/** A revision stored before, as a reconversion compares with it. */
public record StoredConversion(int revision, String ddlFingerprint, SchemaConversion conversion) {
}
