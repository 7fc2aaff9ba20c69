package ai.dflux.compatibility.domain;

import ai.dflux.compatibility.domain.types.MappedType;
import ai.dflux.compatibility.domain.types.OverrideVerdict;
import ai.dflux.compatibility.domain.types.TypeMapping;
import ai.dflux.compatibility.domain.types.TypeOverride;
import ai.dflux.compatibility.domain.types.TypeOverrideCheck;
import ai.dflux.compatibility.domain.types.TypeRule;
import ai.dflux.contracts.Dialect;
import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.TableInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A dialect's type table with a migration's overrides on top. An override is checked again on every conversion: one
 * that no longer fits the column (its type changed on the source) is not used, and the column's notes say so.
 */
public final class OverridingTypeMapping implements TypeMapping {

    private final TypeMapping base;
    private final Map<String, TypeOverride> overrides;
    private final TypeOverrideCheck check = new TypeOverrideCheck();

    public OverridingTypeMapping(TypeMapping base, List<TypeOverride> overrides) {
        this.base = base;
        this.overrides = overrides.stream().collect(Collectors.toMap(
                o -> key(o.schema(), o.table(), o.column()), Function.identity(), (a, b) -> b));
    }

    @Override
    public Dialect dialect() {
        return base.dialect();
    }

    @Override
    public MappedType map(TableInfo table, ColumnInfo column) {
        TypeOverride override = overrides.get(key(table.schema(), table.name(), column.name()));
        if (override == null) {
            return base.map(table, column);
        }
        OverrideVerdict verdict = check.check(base.dialect(), column, override);
        if (verdict instanceof OverrideVerdict.Accepted accepted) {
            return accepted.mapped();
        }
        MappedType standard = base.map(table, column);
        List<String> notes = new ArrayList<>(standard.notes());
        notes.add("The type override " + override.targetType() + " is not used: "
                + ((OverrideVerdict.Rejected) verdict).reason());
        return new MappedType(standard.sqlType(), standard.fidelity(), standard.check(), standard.enumLabels(),
                standard.valueRule(), notes);
    }

    @Override
    public List<TypeRule> rules() {
        return base.rules();
    }

    private static String key(String schema, String table, String column) {
        return schema + "\u0000" + table + "\u0000" + column;
    }
}
