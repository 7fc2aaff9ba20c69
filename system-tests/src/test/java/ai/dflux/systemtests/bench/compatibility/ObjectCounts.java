package ai.dflux.systemtests.bench.compatibility;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** How many objects of each kind one database holds; a kind the database's dialect lacks has no count. */
public record ObjectCounts(Map<ObjectKind, Integer> counts) {

    public ObjectCounts {
        counts = Map.copyOf(counts);
    }

    public Optional<Integer> count(ObjectKind kind) {
        return Optional.ofNullable(counts.get(kind));
    }

    /** The objects, every kind but columns. */
    public int total() {
        return counts.entrySet().stream().filter(e -> e.getKey().countsAsObject()).mapToInt(Map.Entry::getValue)
                .sum();
    }

    /** Kind by kind sums; a kind counted in none of them stays without a count. */
    public static ObjectCounts sum(Collection<ObjectCounts> parts) {
        Map<ObjectKind, Integer> sums = new EnumMap<>(ObjectKind.class);
        for (ObjectCounts part : parts) {
            part.counts().forEach((kind, count) -> sums.merge(kind, count, Integer::sum));
        }
        return new ObjectCounts(sums);
    }
}
