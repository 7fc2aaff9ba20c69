package ai.dflux.compatibility.domain.ddl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An object that depends on one left to a person cannot be applied either: it becomes MANUAL and says why. */
final class StatusPropagation {

    private StatusPropagation() {
    }

    static List<ConvertedObject> apply(List<ConvertedObject> objects) {
        List<ConvertedObject> result = new ArrayList<>(objects);
        Set<String> manual = new HashSet<>();
        result.stream().filter(o -> o.status() == ObjectStatus.MANUAL).forEach(o -> manual.add(o.target()));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < result.size(); i++) {
                ConvertedObject object = result.get(i);
                if (object.status() == ObjectStatus.MANUAL) {
                    continue;
                }
                List<String> blockers = object.dependsOn().stream().filter(manual::contains).toList();
                if (!blockers.isEmpty()) {
                    List<String> messages = new ArrayList<>();
                    blockers.forEach(b -> messages.add("depends on " + b + ", which needs manual conversion"));
                    messages.addAll(object.messages());
                    result.set(i, object.withStatus(ObjectStatus.MANUAL, messages));
                    manual.add(object.target());
                    changed = true;
                }
            }
        }
        return result;
    }
}
