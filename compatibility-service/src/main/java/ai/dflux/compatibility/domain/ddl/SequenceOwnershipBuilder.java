package ai.dflux.compatibility.domain.ddl;

import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.SequenceInfo;
import ai.dflux.contracts.catalog.TableInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ALTER SEQUENCE ... OWNED BY} for the serial columns of a PostgreSQL source: a column whose default is
 * {@code nextval} of a sequence that no other column draws from. The object's target is the owning column
 * ({@code s.t.c}), since the sequence itself is the target of its {@code CREATE SEQUENCE}.
 */
final class SequenceOwnershipBuilder {

    private final ConversionContext context;

    SequenceOwnershipBuilder(ConversionContext context) {
        this.context = context;
    }

    List<ConvertedObject> build() {
        record Use(TableInfo table, ColumnInfo column, SequenceInfo sequence) {
        }
        List<Use> uses = new ArrayList<>();
        Map<String, Integer> usesPerSequence = new HashMap<>();
        for (TableInfo table : context.catalog().tables()) {
            for (ColumnInfo column : table.columns()) {
                Optional<SequenceInfo> sequence = SequenceReference.in(column.defaultValue())
                        .flatMap(r -> r.resolve(context.catalog(), table.schema()));
                sequence.ifPresent(s -> {
                    uses.add(new Use(table, column, s));
                    usesPerSequence.merge(s.schema() + "." + s.name(), 1, Integer::sum);
                });
            }
        }
        List<ConvertedObject> objects = new ArrayList<>();
        for (Use use : uses) {
            if (usesPerSequence.get(use.sequence().schema() + "." + use.sequence().name()) != 1) {
                continue;
            }
            String sequence = context.names().qualified(use.sequence().schema(), use.sequence().name());
            String column = context.table(use.table()) + "." + context.column(use.table(), use.column().name());
            objects.add(new ObjectDraft(ObjectKind.SEQUENCE_OWNERSHIP,
                    use.sequence().schema() + "." + use.sequence().name(), column, DdlPart.POST_DATA)
                    .definition(use.column().defaultValue())
                    .dependsOn(sequence).dependsOn(context.table(use.table()))
                    .statement("ALTER SEQUENCE " + sequence + " OWNED BY " + column).build());
        }
        return objects;
    }
}
