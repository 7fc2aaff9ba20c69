package ai.dflux.compatibility.domain.ddl;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What to run on a target built from one conversion so that it matches the next one, after the source changed:
 * only additive changes (new objects, new columns, wider types). Everything else (dropped or changed objects,
 * narrowed types, renames) is listed in {@code nonAdditive} and never applied automatically.
 *
 * @param objects the statements to apply, pre-data first, in dependency order
 * @param nonAdditive the changes a person must decide on, each with the reason
 */
public record SchemaDelta(List<ConvertedObject> objects, List<NonAdditiveChange> nonAdditive) {

    /**
     * A change that is not applied automatically.
     *
     * @param kind the object kind ({@code table}, {@code column}, {@code index}, ...)
     * @param object the target's qualified name
     * @param reason what changed and why it is left to a person
     */
    public record NonAdditiveChange(String kind, String object, String reason) {
    }

    public SchemaDelta {
        objects = List.copyOf(objects);
        nonAdditive = List.copyOf(nonAdditive);
    }

    public static SchemaDelta between(SchemaConversion previous, SchemaConversion next) {
        return new SchemaDiff(previous, next).delta();
    }

    public boolean isEmpty() {
        return objects.isEmpty() && nonAdditive.isEmpty();
    }

    /** The statements of one part, of every object not left to a person, as a script. */
    public String script(DdlPart part) {
        return new SchemaConversion(objects, List.of(), List.of()).script(part);
    }

    @Override
    public String toString() {
        return objects.stream().map(ConvertedObject::target).collect(Collectors.joining(", ", "SchemaDelta[", "; "))
                + nonAdditive + "]";
    }
}
