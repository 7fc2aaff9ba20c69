package ai.dflux.contracts.catalog;

import java.util.List;

/** Immutable copies that treat a missing list (an older stored catalog, a reader that does not know a kind) as empty. */
final class Lists {

    private Lists() {
    }

    static <T> List<T> of(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
