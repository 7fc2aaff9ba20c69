package ai.dflux.compatibility.persistence;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The key of {@link ConversionEntity}: a migration and a revision. */
public class ConversionKey implements Serializable {

    public UUID migrationId;
    public int revision;

    public ConversionKey() {
    }

    public ConversionKey(UUID migrationId, int revision) {
        this.migrationId = migrationId;
        this.revision = revision;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConversionKey key && key.revision == revision
                && Objects.equals(key.migrationId, migrationId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(migrationId, revision);
    }
}
