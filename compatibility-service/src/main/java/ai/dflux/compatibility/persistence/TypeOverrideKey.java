package ai.dflux.compatibility.persistence;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The key of {@link TypeOverrideEntity}: a migration and a source column. */
public class TypeOverrideKey implements Serializable {

    public UUID migrationId;
    public String sourceSchema;
    public String sourceTable;
    public String sourceColumn;

    @Override
    public boolean equals(Object other) {
        return other instanceof TypeOverrideKey key && Objects.equals(key.migrationId, migrationId)
                && Objects.equals(key.sourceSchema, sourceSchema) && Objects.equals(key.sourceTable, sourceTable)
                && Objects.equals(key.sourceColumn, sourceColumn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(migrationId, sourceSchema, sourceTable, sourceColumn);
    }
}
