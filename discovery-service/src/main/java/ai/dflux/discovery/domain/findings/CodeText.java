package ai.dflux.discovery.domain.findings;

/** Stored code with string literals and comments blanked out, so that a keyword inside them is not mistaken for code. */
final class CodeText {

    private CodeText() {
    }

    static String withoutLiteralsAndComments(String code) {
        StringBuilder out = new StringBuilder(code.length());
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int end = code.indexOf(c, i + 1);
                while (end > 0 && end + 1 < code.length() && code.charAt(end + 1) == c) {
                    end = code.indexOf(c, end + 2);
                }
                i = end < 0 ? code.length() : end + 1;
                out.append(' ');
            } else if (c == '-' && i + 1 < code.length() && code.charAt(i + 1) == '-') {
                int end = code.indexOf('\n', i);
                i = end < 0 ? code.length() : end;
            } else if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '*') {
                int end = code.indexOf("*/", i + 2);
                i = end < 0 ? code.length() : end + 2;
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
