package ai.dflux.systemtests.replication;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The primary keys a workload knows to exist in one table: random pick, add and remove in constant time. */
final class LiveIds {

    private final List<Long> ids = new ArrayList<>();
    private final Map<Long, Integer> positions = new HashMap<>();

    static LiveIds range(long firstInclusive, long lastInclusive) {
        LiveIds live = new LiveIds();
        for (long id = firstInclusive; id <= lastInclusive; id++) {
            live.add(id);
        }
        return live;
    }

    void add(long id) {
        if (positions.putIfAbsent(id, ids.size()) == null) {
            ids.add(id);
        }
    }

    void remove(long id) {
        Integer position = positions.remove(id);
        if (position == null) {
            return;
        }
        long last = ids.remove(ids.size() - 1);
        if (position < ids.size()) {
            ids.set(position, last);
            positions.put(last, position);
        }
    }

    boolean isEmpty() {
        return ids.isEmpty();
    }

    long pick(Random random) {
        return ids.get(random.nextInt(ids.size()));
    }

    int size() {
        return ids.size();
    }
}
