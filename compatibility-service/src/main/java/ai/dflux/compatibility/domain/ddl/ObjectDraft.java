package ai.dflux.compatibility.domain.ddl;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A converted object while its builder collects statements, dependencies, warnings and reasons for a person. */
final class ObjectDraft {

    private final ObjectKind kind;
    private final String source;
    private final String target;
    private final DdlPart part;
    private String sourceDefinition;
    private final List<String> statements = new ArrayList<>();
    private final Set<String> dependsOn = new LinkedHashSet<>();
    private final List<String> manualReasons = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    ObjectDraft(ObjectKind kind, String source, String target, DdlPart part) {
        this.kind = kind;
        this.source = source;
        this.target = target;
        this.part = part;
    }

    ObjectDraft definition(String text) {
        this.sourceDefinition = text;
        return this;
    }

    ObjectDraft statement(String sql) {
        statements.add(sql);
        return this;
    }

    ObjectDraft dependsOn(String targetName) {
        if (!targetName.equals(target)) {
            dependsOn.add(targetName);
        }
        return this;
    }

    ObjectDraft warn(String message) {
        warnings.add(message);
        return this;
    }

    ObjectDraft warnAll(List<String> messages) {
        warnings.addAll(messages);
        return this;
    }

    /** Marks the object as one a person must convert; its statements are dropped. */
    ObjectDraft manual(String reason) {
        manualReasons.add(reason);
        return this;
    }

    boolean isManual() {
        return !manualReasons.isEmpty();
    }

    String target() {
        return target;
    }

    ConvertedObject build() {
        List<String> messages = new ArrayList<>(manualReasons);
        messages.addAll(warnings);
        ObjectStatus status = isManual() ? ObjectStatus.MANUAL
                : warnings.isEmpty() ? ObjectStatus.AUTO : ObjectStatus.AUTO_WITH_WARNINGS;
        return new ConvertedObject(kind, source, target, part, sourceDefinition,
                isManual() ? List.of() : statements, List.copyOf(dependsOn), status, messages);
    }
}
