package ai.dflux.compatibility.domain.types;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One row of a type table: which source types it takes, what it turns them into, and the documented row.
 *
 * @param row the row as docs/type-mapping.md shows it; its fidelity is the fidelity of every type the rule takes
 */
record TypeTableRule(TypeRule row, Predicate<SourceType> takes, Function<SourceType, Conversion> convert) {
}
