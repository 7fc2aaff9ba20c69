package ai.dflux.compatibility.domain.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserConstants;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.Token;

/**
 * The options an Oracle view's query may end with ({@code WITH READ ONLY}, {@code WITH CHECK OPTION [CONSTRAINT c]}),
 * which are clauses of the view, not of the query: found by reading the tokens, and cut off before the query is
 * parsed.
 */
record ViewOptions(String query, String option) {

    static ViewOptions of(String sql) {
        List<Token> tokens = tokens(sql);
        int n = tokens.size();
        int start = -1;
        if (n >= 3 && words(tokens, n - 3, "WITH", "READ", "ONLY")) {
            start = n - 3;
        } else if (n >= 3 && words(tokens, n - 3, "WITH", "CHECK", "OPTION")) {
            start = n - 3;
        } else if (n >= 5 && words(tokens, n - 5, "WITH", "CHECK", "OPTION", "CONSTRAINT")) {
            start = n - 5;
        }
        if (start < 0) {
            return new ViewOptions(sql, null);
        }
        int offset = offsetOf(sql, tokens.get(start));
        StringBuilder option = new StringBuilder();
        tokens.subList(start, n).forEach(t -> option.append(option.length() == 0 ? "" : " ").append(t.image));
        return new ViewOptions(sql.substring(0, offset).stripTrailing(), option.toString());
    }

    private static List<Token> tokens(String sql) {
        CCJSqlParser parser = CCJSqlParserUtil.newParser(sql);
        List<Token> tokens = new ArrayList<>();
        try {
            for (Token token = parser.getNextToken(); token.kind != CCJSqlParserConstants.EOF;
                    token = parser.getNextToken()) {
                if (!";".equals(token.image)) {
                    tokens.add(token);
                }
            }
        } catch (RuntimeException | Error unreadable) {
            return List.of(); // the parser will say what it cannot read
        }
        return tokens;
    }

    private static boolean words(List<Token> tokens, int from, String... words) {
        for (int i = 0; i < words.length; i++) {
            if (!words[i].equals(tokens.get(from + i).image.toUpperCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static int offsetOf(String sql, Token token) {
        int offset = 0;
        for (int line = 1; line < token.beginLine; line++) {
            offset = sql.indexOf('\n', offset) + 1;
        }
        return offset + token.beginColumn - 1;
    }
}
