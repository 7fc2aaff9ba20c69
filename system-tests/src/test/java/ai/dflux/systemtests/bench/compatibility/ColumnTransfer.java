package ai.dflux.systemtests.bench.compatibility;

import ai.dflux.contracts.values.SourceValues;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the benchmark's copy reads one planned column from MariaDB and what it writes for it, following the column's
 * value rule as docs/type-mapping.md describes it (the equivalent of compatibility-service's test {@code
 * ValueTransfer}). Values are read in their exact form: text as MariaDB prints it, bytes as stored, floating point in
 * binary (which needs a connection with server-side prepared statements); text is written untyped, so that the target
 * column's type reads it.
 */
final class ColumnTransfer {

    private static final Pattern LENGTH = Pattern.compile("\\((\\d+)\\)");

    private enum Read { TEXT, BYTES, FLOAT, DOUBLE }

    private final PlannedColumn column;
    private final Read read;

    private ColumnTransfer(PlannedColumn column, Read read) {
        this.column = column;
        this.read = read;
    }

    static ColumnTransfer of(PlannedColumn column) {
        String sourceType = column.sourceType().toLowerCase(Locale.ROOT);
        Read read;
        if ("BITS_TO_BIT_STRING".equals(column.valueRule()) || "SPATIAL_AS_BYTES".equals(column.valueRule())
                || "bytea".equals(column.targetType())) {
            read = Read.BYTES;
        } else if (sourceType.startsWith("float")) {
            read = Read.FLOAT;
        } else if (sourceType.startsWith("double") || sourceType.startsWith("real")) {
            read = Read.DOUBLE;
        } else {
            read = Read.TEXT;
        }
        return new ColumnTransfer(column, read);
    }

    PlannedColumn column() {
        return column;
    }

    /** The MariaDB expression the column is read by. */
    String sourceExpression() {
        String quoted = Sql.quotedMariaDb(column.source());
        return read == Read.TEXT ? "CAST(" + quoted + " AS CHAR)" : quoted;
    }

    /** The value at {@code index}: a String, byte[], Float or Double, or null. */
    Object read(ResultSet row, int index) throws SQLException {
        Object value = switch (read) {
            case TEXT -> row.getString(index);
            case BYTES -> row.getBytes(index);
            case FLOAT -> row.getFloat(index);
            case DOUBLE -> row.getDouble(index);
        };
        return row.wasNull() ? null : value;
    }

    /** The value to write, after the column's value rule. */
    Object toTarget(Object value) {
        if (value == null) {
            return null;
        }
        return switch (column.valueRule()) {
            case "AS_IS", "SPATIAL_AS_BYTES" -> value;
            case "ZERO_DATE_TO_MINUS_INFINITY" -> SourceValues.isZeroDate((String) value) ? "-infinity" : value;
            case "SET_TO_ARRAY" -> SourceValues.setAsArrayLiteral((String) value);
            case "BITS_TO_BIT_STRING" -> SourceValues.bitString((byte[]) value, bitLength(column.targetType()));
            default -> throw new IllegalArgumentException("value rule " + column.valueRule() + " of column "
                    + column.source() + " is not one of docs/type-mapping.md");
        };
    }

    static void bind(PreparedStatement insert, int index, Object value) throws SQLException {
        if (value == null) {
            insert.setNull(index, Types.OTHER);
        } else if (value instanceof byte[] bytes) {
            insert.setBytes(index, bytes);
        } else if (value instanceof Float single) {
            insert.setFloat(index, single);
        } else if (value instanceof Double doubled) {
            insert.setDouble(index, doubled);
        } else {
            insert.setString(index, (String) value);
        }
    }

    /** n of {@code bit(n)}; PostgreSQL's {@code bit} alone is bit(1). */
    private static int bitLength(String targetType) {
        Matcher length = LENGTH.matcher(targetType);
        return length.find() ? Integer.parseInt(length.group(1)) : 1;
    }
}
