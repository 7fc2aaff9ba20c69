package ai.dflux.contracts.catalog;

import java.util.List;

/** A unique constraint (not a bare unique index: those are {@link IndexInfo}s). */
public record UniqueConstraintInfo(String name, List<String> columns) {

    public UniqueConstraintInfo {
        columns = Lists.of(columns);
    }
}
