package ai.dflux.compatibility.domain.ddl;

import ai.dflux.contracts.conversion.TablePlan;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A catalog converted to PostgreSQL: every object with its DDL and status, the identifiers that were renamed, and
 * the per-table plan the Executor loads by.
 */
public record SchemaConversion(List<ConvertedObject> objects, List<Renamed> renamed, List<TablePlan> tables) {

    public SchemaConversion {
        objects = List.copyOf(objects);
        renamed = List.copyOf(renamed);
        tables = List.copyOf(tables);
    }

    /** The statements of one part, of every object not left to a person, in dependency order, as a script. */
    public String script(DdlPart part) {
        return objects.stream().filter(o -> o.part() == part && o.status() != ObjectStatus.MANUAL)
                .flatMap(o -> o.statements().stream()).map(s -> s + ";\n").collect(Collectors.joining());
    }

    public SchemaConversion withObjects(List<ConvertedObject> newObjects) {
        return new SchemaConversion(newObjects, renamed, tables);
    }
}
