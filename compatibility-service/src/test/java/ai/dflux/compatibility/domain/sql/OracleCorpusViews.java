package ai.dflux.compatibility.domain.sql;

import ai.dflux.testkit.Corpora;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The CREATE VIEW statements of an Oracle script of the corpora, read at test time: block comments and {@code --} /
 * {@code rem} lines dropped, statements split at {@code ;}, each view's query taken after its {@code AS}.
 */
final class OracleCorpusViews {

    private OracleCorpusViews() {
    }

    /** View name (lower case) to its query. */
    static Map<String, String> of(String corpusFile) {
        String script = withoutComments(read(corpusFile));
        Map<String, String> views = new LinkedHashMap<>();
        for (String statement : script.split(";")) {
            String text = statement.replace("\n/\n", "\n").strip();
            String upper = text.toUpperCase(Locale.ROOT);
            if (!upper.startsWith("CREATE VIEW") && !upper.startsWith("CREATE OR REPLACE VIEW")) {
                continue;
            }
            String afterView = text.substring(upper.indexOf("VIEW") + 4).strip();
            String name = afterView.split("[\\s(]", 2)[0].toLowerCase(Locale.ROOT);
            int as = upper.indexOf("AS", upper.indexOf("VIEW") + 4 + name.length());
            while (as > 0 && !(Character.isWhitespace(upper.charAt(as - 1)) || upper.charAt(as - 1) == ')')) {
                as = upper.indexOf("AS", as + 2);
            }
            String query = text.substring(as + 2).strip();
            if (query.toUpperCase(Locale.ROOT).endsWith("WITH READ ONLY")) {
                query = query.substring(0, query.length() - "WITH READ ONLY".length()).strip();
            }
            views.put(name, query);
        }
        return views;
    }

    private static String read(String corpusFile) {
        try {
            return Files.readString(Corpora.file(corpusFile), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String withoutComments(String script) {
        StringBuilder kept = new StringBuilder();
        boolean inBlock = false;
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (inBlock) {
                inBlock = !trimmed.endsWith("*/");
                continue;
            }
            if (trimmed.startsWith("/*")) {
                inBlock = !trimmed.endsWith("*/");
                continue;
            }
            String lower = trimmed.toLowerCase(Locale.ROOT);
            if (trimmed.startsWith("--") || lower.startsWith("rem ") || lower.equals("rem")
                    || lower.startsWith("prompt")) {
                continue;
            }
            kept.append(line).append('\n');
        }
        return kept.toString();
    }
}
