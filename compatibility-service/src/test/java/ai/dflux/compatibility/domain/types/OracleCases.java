package ai.dflux.compatibility.domain.types;

import java.util.List;

/**
 * Oracle's extreme values, written as the executor would write them into the mapped PostgreSQL type, and the text
 * PostgreSQL gives back. There is no Oracle server here, so these prove the target side only.
 */
final class OracleCases {

    /**
     * @param input the value in PostgreSQL's input form (String) or as bytes
     * @param expected what PostgreSQL gives back: the same value, or where the rule is LOSSY the documented loss
     */
    record Case(String oracleType, Object input, Object expected) {
        static Case same(String oracleType, String value) {
            return new Case(oracleType, value, value);
        }
    }

    private static final String DIGITS38 = "9".repeat(38);

    private OracleCases() {
    }

    static List<Case> values() {
        byte[] bytes = {0, 1, 0, (byte) 0xff, 0};
        return List.of(
                Case.same("NUMBER(38)", DIGITS38),
                Case.same("NUMBER(38)", "-" + DIGITS38),
                Case.same("NUMBER(*,0)", DIGITS38),
                Case.same("INTEGER", "-" + DIGITS38),
                Case.same("NUMBER(4)", "-9999"),
                Case.same("NUMBER(9)", "999999999"),
                Case.same("NUMBER(18)", "-999999999999999999"),
                Case.same("NUMBER(19)", "9999999999999999999"),
                Case.same("NUMBER(5,-2)", "9999900"),
                Case.same("NUMBER(2,5)", "0.00099"),
                Case.same("NUMBER(38,38)", "0." + DIGITS38),
                Case.same("NUMBER", "1" + "0".repeat(125)),
                Case.same("NUMBER", "0." + "0".repeat(129) + "1"),
                Case.same("NUMBER", "-1234567890123456789012345678901234567890"),
                Case.same("FLOAT(126)", "1.2345678901234567890123456789012345678"),
                Case.same("BINARY_FLOAT", "3.4028235e+38"),
                Case.same("BINARY_FLOAT", "1e-45"),
                Case.same("BINARY_FLOAT", "NaN"),
                Case.same("BINARY_FLOAT", "-Infinity"),
                Case.same("BINARY_DOUBLE", "1.7976931348623157e+308"),
                Case.same("BINARY_DOUBLE", "-2.2250738585072014e-308"),
                Case.same("BINARY_DOUBLE", "5e-324"),
                Case.same("BINARY_DOUBLE", "Infinity"),
                Case.same("DATE", "4712-01-01 00:00:00 BC"),
                Case.same("DATE", "9999-12-31 23:59:59"),
                Case.same("TIMESTAMP", "9999-12-31 23:59:59.999999"),
                Case.same("TIMESTAMP(0)", "4712-01-01 00:00:00 BC"),
                new Case("TIMESTAMP(9)", "2024-01-01 00:00:00.123456789", "2024-01-01 00:00:00.123457"),
                new Case("TIMESTAMP(6) WITH TIME ZONE", "2024-06-01 12:00:00+02:00", "2024-06-01 10:00:00+00"),
                Case.same("TIMESTAMP WITH LOCAL TIME ZONE", "9999-12-31 23:59:59.999999+00"),
                new Case("INTERVAL YEAR(8) TO MONTH", "99999999-11", "99999999 years 11 mons"),
                new Case("INTERVAL YEAR(2) TO MONTH", "-99-11", "-99 years -11 mons"),
                new Case("INTERVAL DAY(9) TO SECOND(6)", "999999999 23:59:59.999999",
                        "999999999 days 23:59:59.999999"),
                // the sign goes on every field: PostgreSQL reads '-1 12:00:00' as -1 day +12 hours
                Case.same("INTERVAL DAY(9) TO SECOND(6)", "-999999999 days -23:59:59.999999"),
                Case.same("VARCHAR2(4000 CHAR)", "😀".repeat(4000)),
                Case.same("VARCHAR2(4000 BYTE)", "x".repeat(4000)),
                Case.same("NVARCHAR2(2000)", "ü".repeat(2000)),
                new Case("CHAR(3 CHAR)", "ab", "ab "),
                Case.same("NCHAR(2)", "😀😀"),
                Case.same("CLOB", "😀 clob ".repeat(100_000)),
                new Case("BLOB", bytes, bytes),
                new Case("RAW(2000)", bytes, bytes),
                new Case("LONG RAW", bytes, bytes),
                Case.same("ROWID", "AAAR3sAAEAAAACXAAA"),
                Case.same("XMLTYPE", "<a b=\"1\">text</a>"),
                new Case("JSON", "{\"b\":1,\"a\":[1,2.50,null]}", "{\"a\": [1, 2.50, null], \"b\": 1}"),
                Case.same("BOOLEAN", "t"));
    }
}
