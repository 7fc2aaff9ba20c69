package ai.dflux.compatibility.domain.sql;

import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.statement.create.table.ColDataType;

/** The types of MySQL's and Oracle's CAST as PostgreSQL types. */
final class CastTypes {

    private CastTypes() {
    }

    static String postgres(ColDataType type, SourceSyntax syntax) {
        String name = type.getDataType().toLowerCase(Locale.ROOT).trim();
        List<String> arguments = type.getArgumentsStringList() == null ? List.of() : type.getArgumentsStringList();
        String precision = arguments.isEmpty() ? "" : "(" + String.join(", ", arguments) + ")";
        return switch (name) {
            case "char", "nchar" -> syntax == SourceSyntax.MYSQL
                    ? (precision.isEmpty() ? "text" : "varchar" + precision) : "char" + precision;
            case "varchar", "varchar2", "nvarchar2" -> "varchar" + precision;
            case "signed", "signed integer", "integer", "int" -> syntax == SourceSyntax.MYSQL ? "bigint" : "numeric";
            case "decimal", "number", "numeric" -> "numeric" + precision;
            case "datetime" -> "timestamp" + precision;
            case "date" -> syntax == SourceSyntax.ORACLE ? "timestamp(0)" : "date";
            case "time" -> "time" + precision;
            case "timestamp" -> "timestamp" + precision;
            case "double", "double precision", "binary_double" -> "double precision";
            case "float", "binary_float" -> syntax == SourceSyntax.MYSQL ? "real" : "double precision";
            case "binary", "raw" -> "bytea";
            case "json" -> "jsonb";
            case "clob" -> "text";
            default -> throw new UntranslatableSql("CAST to " + type);
        };
    }
}
