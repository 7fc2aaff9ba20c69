package ai.dflux.compatibility.domain.ddl;

import ai.dflux.compatibility.domain.names.Identifiers;
import ai.dflux.contracts.catalog.RoutineInfo;
import ai.dflux.contracts.catalog.TriggerInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The source's routines and triggers, in the report with their source text and left to a person: converting stored
 * code (and compiling it on PostgreSQL) is the code-conversion stage, which this version does not have. Listing them
 * keeps the report honest about what the handed-over DDL does not do.
 */
final class StoredCodeBuilder {

    static final String NOT_CONVERTED = "stored code is not converted by this version (the code-conversion stage,"
            + " CodeConverted, comes later): write it in PL/pgSQL by hand; the source text is kept here";

    private final ConversionContext context;

    StoredCodeBuilder(ConversionContext context) {
        this.context = context;
    }

    List<ConvertedObject> build() {
        List<ConvertedObject> objects = new ArrayList<>();
        for (RoutineInfo routine : context.catalog().routines()) {
            String kind = routine.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            objects.add(new ObjectDraft(ObjectKind.ROUTINE, routine.schema() + "." + routine.name(),
                    context.names().qualified(routine.schema(), routine.name()), DdlPart.CODE)
                    .definition(routine.body()).manual("the " + kind + " " + routine.name() + ": " + NOT_CONVERTED)
                    .build());
        }
        for (TriggerInfo trigger : context.catalog().triggers()) {
            objects.add(new ObjectDraft(ObjectKind.TRIGGER, trigger.schema() + "." + trigger.table() + "."
                    + trigger.name(), context.names().qualified(trigger.schema(), trigger.table()) + "."
                    + Identifiers.quote(Identifiers.fold(context.dialect(), trigger.name())), DdlPart.CODE)
                    .definition(trigger.body()).manual("the trigger " + trigger.name() + " (" + trigger.timing()
                            + " " + String.join(" OR ", trigger.events()) + " on " + trigger.table() + "): "
                            + NOT_CONVERTED)
                    .build());
        }
        return objects;
    }
}
