package ai.dflux.compatibility.domain.ddl;

import ai.dflux.compatibility.domain.types.Fidelity;
import ai.dflux.compatibility.domain.types.MappedType;
import ai.dflux.compatibility.domain.types.TypeMapping;
import ai.dflux.compatibility.domain.types.TypeRule;
import ai.dflux.contracts.conversion.ValueRule;
import ai.dflux.contracts.Dialect;
import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.TableInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small stand-in for the real type tables: enough MySQL, Oracle and PostgreSQL types for the DDL tests. A PostgreSQL
 * type maps to itself; a type it does not know is UNSUPPORTED.
 */
final class FakeTypeMapping implements TypeMapping {

    private static final Pattern ENUM = Pattern.compile("(?i)enum\\((.*)\\)");
    private static final Pattern SIZED = Pattern.compile("(?i)(varchar|char|varchar2|decimal|number)\\(([^)]*)\\)");

    private final Dialect dialect;

    FakeTypeMapping(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public MappedType map(TableInfo table, ColumnInfo column) {
        String type = column.dataType().toLowerCase(Locale.ROOT).strip();
        if (dialect == Dialect.POSTGRESQL) {
            return exact(column.dataType());
        }
        Matcher enumMatcher = ENUM.matcher(column.dataType().strip());
        if (enumMatcher.matches()) {
            List<String> labels = Arrays.stream(enumMatcher.group(1).split(","))
                    .map(l -> l.strip().replaceAll("^'|'$", "")).toList();
            return new MappedType(null, Fidelity.EXACT, null, labels, ValueRule.AS_IS, List.of());
        }
        Matcher sized = SIZED.matcher(type);
        if (sized.matches()) {
            String args = sized.group(2).replace(" byte", "").replace(" char", "").strip();
            return switch (sized.group(1)) {
                case "varchar", "varchar2" -> exact("varchar(" + args + ")");
                case "char" -> exact("char(" + args + ")");
                default -> args.endsWith(",0") || !args.contains(",")
                        ? exact(Integer.parseInt(args.split(",")[0].strip()) <= 18 ? "bigint" : "numeric(" + args + ")")
                        : exact("numeric(" + args + ")");
            };
        }
        return switch (type) {
            case "int", "int(11)", "integer" -> exact("integer");
            case "bigint", "bigint(20)" -> exact("bigint");
            case "smallint unsigned", "smallint(5) unsigned" ->
                new MappedType("integer", Fidelity.WIDENED, "%s between 0 and 65535", List.of(), ValueRule.AS_IS,
                        List.of());
            case "tinyint(1)" -> exact("boolean");
            case "tinyint unsigned", "tinyint(3) unsigned" ->
                new MappedType("smallint", Fidelity.WIDENED, "%s between 0 and 255", List.of(), ValueRule.AS_IS,
                        List.of());
            case "bigint unsigned" ->
                new MappedType("numeric(20,0)", Fidelity.WIDENED, "%s >= 0", List.of(), ValueRule.AS_IS, List.of());
            case "text", "clob", "longtext" -> exact("text");
            case "blob", "longblob" -> exact("bytea");
            case "datetime" -> new MappedType("timestamp", Fidelity.EXACT, null, List.of(),
                    ValueRule.ZERO_DATE_TO_MINUS_INFINITY, List.of());
            case "timestamp" -> exact("timestamptz");
            case "date" -> dialect == Dialect.ORACLE ? exact("timestamp(0)") : exact("date");
            case "year" -> exact("smallint");
            case "number" -> exact("numeric");
            case "float" -> new MappedType("real", Fidelity.LOSSY, null, List.of(), ValueRule.AS_IS,
                    List.of("MySQL FLOAT(M,D) rounding is not kept"));
            case "set('a','b')", "set('trailers','deleted scenes')" -> new MappedType("text[]", Fidelity.EXACT, null,
                    List.of(), ValueRule.SET_TO_ARRAY, List.of());
            case "geometry" -> new MappedType("bytea", Fidelity.LOSSY, null, List.of(), ValueRule.SPATIAL_AS_BYTES,
                    List.of("spatial values are kept as bytes; PostGIS is not installed"));
            default -> new MappedType(null, Fidelity.UNSUPPORTED, null, List.of(), ValueRule.AS_IS,
                    List.of("no PostgreSQL type holds " + type));
        };
    }

    @Override
    public List<TypeRule> rules() {
        return List.of();
    }

    private static MappedType exact(String sqlType) {
        return new MappedType(sqlType, Fidelity.EXACT, null, List.of(), ValueRule.AS_IS, List.of());
    }
}
