package ai.dflux.compatibility.domain.ddl;

import ai.dflux.contracts.Dialect;
import ai.dflux.contracts.catalog.SequenceInfo;
import java.util.Set;

/** {@code CREATE SEQUENCE} with the source's type, start, increment, bounds and cycling. */
final class SequenceBuilder {

    private static final Set<String> SEQUENCE_TYPES = Set.of("smallint", "integer", "bigint");

    private final ConversionContext context;

    SequenceBuilder(ConversionContext context) {
        this.context = context;
    }

    ConvertedObject build(SequenceInfo sequence) {
        String target = context.names().qualified(sequence.schema(), sequence.name());
        ObjectDraft draft = new ObjectDraft(ObjectKind.SEQUENCE, sequence.schema() + "." + sequence.name(), target,
                DdlPart.PRE_DATA).dependsOn(context.names().schema(sequence.schema()));
        String type = context.dialect() == Dialect.POSTGRESQL && SEQUENCE_TYPES.contains(sequence.dataType())
                ? sequence.dataType() : "bigint";
        long increment = sequence.increment();
        if (increment == 0) {
            increment = 1;
            draft.warn("the source sequence steps by the server's auto_increment_increment (INCREMENT 0);"
                    + " the target steps by 1");
        }
        StringBuilder sql = new StringBuilder("CREATE SEQUENCE ").append(target).append(" AS ").append(type)
                .append(" INCREMENT BY ").append(increment)
                .append(sequence.minValue() == null ? " NO MINVALUE" : " MINVALUE " + sequence.minValue())
                .append(sequence.maxValue() == null ? " NO MAXVALUE" : " MAXVALUE " + sequence.maxValue())
                .append(" START WITH ").append(sequence.start())
                .append(sequence.cycle() ? " CYCLE" : " NO CYCLE");
        return draft.statement(sql.toString()).build();
    }
}
