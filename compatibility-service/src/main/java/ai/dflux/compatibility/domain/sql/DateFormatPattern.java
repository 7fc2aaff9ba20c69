package ai.dflux.compatibility.domain.sql;

import java.util.Map;

/** A MySQL DATE_FORMAT format as a PostgreSQL to_char pattern; literal text is put in double quotes. */
final class DateFormatPattern {

    private static final Map<Character, String> SPECIFIERS = Map.ofEntries(Map.entry('Y', "YYYY"),
            Map.entry('y', "YY"), Map.entry('m', "MM"), Map.entry('c', "FMMM"), Map.entry('d', "DD"),
            Map.entry('e', "FMDD"), Map.entry('D', "FMDDth"), Map.entry('H', "HH24"), Map.entry('k', "FMHH24"),
            Map.entry('h', "HH12"), Map.entry('I', "HH12"), Map.entry('l', "FMHH12"), Map.entry('i', "MI"),
            Map.entry('s', "SS"), Map.entry('S', "SS"), Map.entry('f', "US"), Map.entry('p', "AM"),
            Map.entry('M', "FMMonth"), Map.entry('b', "Mon"), Map.entry('W', "FMDay"), Map.entry('a', "Dy"),
            Map.entry('j', "DDD"), Map.entry('T', "HH24:MI:SS"), Map.entry('r', "HH12:MI:SS AM"));

    private DateFormatPattern() {
    }

    static String toPostgres(String mySqlFormat) {
        StringBuilder pattern = new StringBuilder();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < mySqlFormat.length(); i++) {
            char c = mySqlFormat.charAt(i);
            if (c != '%' || i + 1 == mySqlFormat.length()) {
                text.append(c);
                continue;
            }
            char specifier = mySqlFormat.charAt(++i);
            if (specifier == '%') {
                text.append('%');
                continue;
            }
            String mapped = SPECIFIERS.get(specifier);
            if (mapped == null) {
                throw new UntranslatableSql("DATE_FORMAT specifier %" + specifier);
            }
            flush(text, pattern);
            pattern.append(mapped);
        }
        flush(text, pattern);
        return pattern.toString();
    }

    private static void flush(StringBuilder text, StringBuilder pattern) {
        if (text.length() > 0) {
            pattern.append('"').append(text.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            text.setLength(0);
        }
    }
}
