package ai.dflux.compatibility.domain.ddl;

import java.util.List;

/**
 * One target object with its DDL and what is known of it.
 *
 * @param kind what it is
 * @param source the source object's qualified name ({@code sakila.film}, {@code sakila.film.idx_title}), or the
 *     source schema for a schema
 * @param target the target object's qualified, quoted name ({@code sakila.film}, {@code "Order"."Select"})
 * @param part which DDL part holds its statements
 * @param sourceDefinition the source's own text (type, expression or view query) where it has one, or null
 * @param statements its DDL statements, each without a trailing semicolon; empty when it could not be converted
 * @param dependsOn the {@code target} names of objects that must exist before this one
 * @param status whether it can be applied as it is
 * @param messages warnings and reasons, in words a DBA understands
 */
public record ConvertedObject(ObjectKind kind, String source, String target, DdlPart part, String sourceDefinition,
        List<String> statements, List<String> dependsOn, ObjectStatus status, List<String> messages) {

    public ConvertedObject {
        statements = List.copyOf(statements);
        dependsOn = List.copyOf(dependsOn);
        messages = List.copyOf(messages);
    }

    public ConvertedObject withStatus(ObjectStatus newStatus, List<String> newMessages) {
        return new ConvertedObject(kind, source, target, part, sourceDefinition, statements, dependsOn, newStatus,
                newMessages);
    }
}
