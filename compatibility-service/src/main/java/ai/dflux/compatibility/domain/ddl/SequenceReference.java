package ai.dflux.compatibility.domain.ddl;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.catalog.SequenceInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sequence a PostgreSQL column default draws from: {@code nextval('film_film_id_seq'::regclass)} as
 * {@code pg_get_expr} writes a serial column's default. Only recognised, never rewritten.
 *
 * @param schema the schema named in the default, or null when unqualified (the source's search path)
 */
record SequenceReference(String schema, String name) {

    private static final Pattern NEXTVAL = Pattern.compile("(?i)^\\s*nextval\\('((?:[^']|'')+)'(?:::regclass)?\\)\\s*$");

    static Optional<SequenceReference> in(String defaultValue) {
        if (defaultValue == null) {
            return Optional.empty();
        }
        Matcher matcher = NEXTVAL.matcher(defaultValue);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        List<String> parts = nameParts(matcher.group(1).replace("''", "'"));
        return switch (parts.size()) {
            case 1 -> Optional.of(new SequenceReference(null, parts.get(0)));
            case 2 -> Optional.of(new SequenceReference(parts.get(0), parts.get(1)));
            default -> Optional.empty();
        };
    }

    /** The sequence of the catalog this names: in its schema, else in the table's, else in {@code public}. */
    Optional<SequenceInfo> resolve(Catalog catalog, String tableSchema) {
        List<String> schemas = schema != null ? List.of(schema) : List.of(tableSchema, "public");
        for (String candidate : schemas) {
            Optional<SequenceInfo> found = catalog.sequences().stream()
                    .filter(s -> s.schema().equals(candidate) && s.name().equals(name)).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** {@code a."B.c"} → {@code [a, B.c]}: unquoted parts fold to lower case, as PostgreSQL reads a regclass. */
    private static List<String> nameParts(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    part.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == '.' && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(quoted ? c : Character.toLowerCase(c));
            }
        }
        parts.add(part.toString());
        return parts;
    }
}
