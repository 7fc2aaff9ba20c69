package ai.dflux.compatibility.domain.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A source column type as a catalog spells it, taken apart: {@code int(10) unsigned zerofill},
 * {@code VARCHAR2(20 CHAR)}, {@code TIMESTAMP(6) WITH TIME ZONE}, {@code INTERVAL DAY(3) TO SECOND(2)},
 * {@code enum('a','it''s')}.
 *
 * @param text the type as given
 * @param name the base name in lower case with single blanks ({@code int}, {@code long raw}, {@code interval day},
 *     {@code sys.xmltype})
 * @param arguments what stands in the first parentheses, quotes removed from quoted arguments ({@code ''} read as
 *     {@code '}) and a length semantics word removed ({@code 20 CHAR} gives {@code 20})
 * @param quoted whether the arguments were quoted strings (the labels of an enum or set)
 * @param unsigned whether MySQL's {@code unsigned} (or {@code zerofill}, which implies it) follows
 * @param zerofill whether MySQL's {@code zerofill} follows
 * @param lengthSemantics Oracle's {@code byte} or {@code char} after a length, or null when not given
 * @param suffix the lower-case words after the arguments other than unsigned and zerofill ({@code with time zone},
 *     {@code to second}), or empty
 * @param suffixArguments what stands in parentheses after the suffix ({@code 2} of {@code TO SECOND(2)})
 */
public record SourceType(String text, String name, List<String> arguments, boolean quoted, boolean unsigned,
        boolean zerofill, String lengthSemantics, String suffix, List<String> suffixArguments) {

    private static final Set<String> SUFFIX_WORDS = Set.of("unsigned", "signed", "zerofill", "with", "without", "to");

    public SourceType {
        arguments = List.copyOf(arguments);
        suffixArguments = List.copyOf(suffixArguments);
    }

    /** The type taken apart, or empty when the text is not a type at all (unbalanced quotes or parentheses). */
    public static Optional<SourceType> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Reader(text).read());
        } catch (IllegalStateException unreadable) {
            return Optional.empty();
        }
    }

    /** Whether the base name is one of these (lower case). */
    public boolean is(String... names) {
        for (String candidate : names) {
            if (name.equals(candidate)) {
                return true;
            }
        }
        return false;
    }

    public boolean hasArguments() {
        return !arguments.isEmpty();
    }

    /** The integer argument at {@code index}, or empty when it is missing or not an integer ({@code *}). */
    public Optional<Integer> integer(int index) {
        return integerIn(arguments, index);
    }

    public Optional<Integer> suffixInteger(int index) {
        return integerIn(suffixArguments, index);
    }

    public boolean suffixIs(String words) {
        return suffix.equals(words);
    }

    private static Optional<Integer> integerIn(List<String> values, int index) {
        if (index >= values.size()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(values.get(index).strip()));
        } catch (NumberFormatException notAnInteger) {
            return Optional.empty();
        }
    }

    /** Reads a type string from left to right: words, then parentheses, then words and maybe parentheses again. */
    private static final class Reader {
        private final String text;
        private int position;

        Reader(String text) {
            this.text = text.strip();
        }

        SourceType read() {
            List<String> nameWords = new ArrayList<>();
            List<String> suffixWords = new ArrayList<>();
            List<String> arguments = List.of();
            List<String> suffixArguments = List.of();
            boolean quoted = false;
            boolean inSuffix = false;
            boolean argumentsRead = false;
            while (skipBlanks()) {
                char next = text.charAt(position);
                if (next == '(') {
                    position++;
                    Arguments read = arguments();
                    if (!argumentsRead) {
                        arguments = read.values();
                        quoted = read.quoted();
                        argumentsRead = true;
                        inSuffix = true;
                    } else if (suffixArguments.isEmpty()) {
                        suffixArguments = read.values();
                    } else {
                        throw new IllegalStateException("three argument lists");
                    }
                    continue;
                }
                String word = word().toLowerCase(Locale.ROOT);
                if (!inSuffix && SUFFIX_WORDS.contains(word) && !nameWords.isEmpty()) {
                    inSuffix = true;
                }
                (inSuffix ? suffixWords : nameWords).add(word);
            }
            if (nameWords.isEmpty()) {
                throw new IllegalStateException("no name");
            }
            boolean unsigned = suffixWords.remove("unsigned");
            boolean zerofill = suffixWords.remove("zerofill");
            suffixWords.remove("signed");
            String semantics = null;
            if (arguments.size() == 1 && !quoted) {
                String[] parts = arguments.get(0).split("\\s+");
                if (parts.length == 2 && (parts[1].equalsIgnoreCase("byte") || parts[1].equalsIgnoreCase("char"))) {
                    semantics = parts[1].toLowerCase(Locale.ROOT);
                    arguments = List.of(parts[0]);
                }
            }
            return new SourceType(text, String.join(" ", nameWords), arguments, quoted, unsigned || zerofill,
                    zerofill, semantics, String.join(" ", suffixWords), suffixArguments);
        }

        private boolean skipBlanks() {
            while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
                position++;
            }
            return position < text.length();
        }

        private String word() {
            int start = position;
            while (position < text.length() && !Character.isWhitespace(text.charAt(position))
                    && text.charAt(position) != '(') {
                if (text.charAt(position) == ')' || text.charAt(position) == '\'') {
                    throw new IllegalStateException("stray " + text.charAt(position));
                }
                position++;
            }
            return text.substring(start, position);
        }

        /** Reads up to the closing parenthesis; quoted arguments may hold commas, parentheses and doubled quotes. */
        private Arguments arguments() {
            List<String> values = new ArrayList<>();
            boolean quoted = false;
            boolean currentQuoted = false;
            StringBuilder current = new StringBuilder();
            while (true) {
                if (position >= text.length()) {
                    throw new IllegalStateException("unclosed parenthesis");
                }
                char c = text.charAt(position++);
                if (c == '\'') {
                    quoted = true;
                    currentQuoted = true;
                    current.append(quotedString());
                } else if (c == ',' || c == ')') {
                    values.add(currentQuoted ? current.toString() : current.toString().strip());
                    current.setLength(0);
                    currentQuoted = false;
                    if (c == ')') {
                        return new Arguments(values, quoted);
                    }
                } else if (currentQuoted && Character.isWhitespace(c)) {
                    continue;
                } else if (c == '(') {
                    throw new IllegalStateException("nested parenthesis");
                } else {
                    current.append(c);
                }
            }
        }

        private String quotedString() {
            StringBuilder value = new StringBuilder();
            while (position < text.length()) {
                char c = text.charAt(position++);
                if (c == '\'') {
                    if (position < text.length() && text.charAt(position) == '\'') {
                        value.append('\'');
                        position++;
                    } else {
                        return value.toString();
                    }
                } else {
                    value.append(c);
                }
            }
            throw new IllegalStateException("unclosed quote");
        }
    }

    private record Arguments(List<String> values, boolean quoted) {
    }
}
