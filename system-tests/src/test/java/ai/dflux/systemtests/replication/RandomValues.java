package ai.dflux.systemtests.replication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Random;

/** Random values of the kinds the workload writes, all drawn from one seeded {@link Random}. */
final class RandomValues {

    /** 64 symbols: random text of them compresses to about 6 bits a character, so PostgreSQL moves it to TOAST. */
    private static final String SYMBOLS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_";
    private static final String[] WORDS = {"alpha", "beta", "gamma", "délta", "ωmega", "naïve", "straße", "😀",
        "🚀 rocket", "tab\there", "quote'd", "back\\slash", "line\nbreak"};

    private final Random random;

    RandomValues(Random random) {
        this.random = random;
    }

    Random random() {
        return random;
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    int between(int fromInclusive, int toInclusive) {
        return fromInclusive + random.nextInt(toInclusive - fromInclusive + 1);
    }

    /** A large text: 9 to 20 kB of random symbols, beyond PostgreSQL's TOAST threshold even compressed. */
    String largeText() {
        return text(between(9_000, 20_000));
    }

    String text(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(SYMBOLS.charAt(random.nextInt(SYMBOLS.length())));
        }
        return text.toString();
    }

    /** NULL, the empty string, or a short text with non-ASCII characters (emoji included). */
    String nullEmptyOrWords(int maxLength) {
        int kind = random.nextInt(5);
        if (kind == 0) {
            return null;
        }
        if (kind == 1) {
            return "";
        }
        String words = WORDS[random.nextInt(WORDS.length)] + " " + random.nextInt(10_000);
        return words.length() > maxLength ? words.substring(0, maxLength) : words;
    }

    /** The body column: mostly large, sometimes NULL, empty or short. */
    String body() {
        int kind = random.nextInt(10);
        return switch (kind) {
            case 0 -> null;
            case 1 -> "";
            case 2 -> text(between(1, 200));
            default -> largeText();
        };
    }

    /** A decimal with up to 14 integer digits and 6 decimals, sometimes negative, sometimes NULL. */
    BigDecimal amount() {
        if (chance(0.1)) {
            return null;
        }
        BigDecimal value = BigDecimal.valueOf(random.nextLong() % 100_000_000_000_000_000L, 6);
        return chance(0.1) ? BigDecimal.valueOf(between(0, 1000)) : value;
    }

    Double ratio() {
        if (chance(0.1)) {
            return null;
        }
        return chance(0.1) ? 0.1 + 0.2 : random.nextGaussian() * Math.pow(10, between(-8, 12));
    }

    LocalDateTime dateTime() {
        return LocalDateTime.of(between(1971, 2037), between(1, 12), between(1, 28), between(0, 23), between(0, 59),
                between(0, 59), between(0, 999_999) * 1000);
    }

    LocalDate date() {
        return LocalDate.of(between(1000, 2999), between(1, 12), between(1, 28));
    }

    byte[] bytes() {
        byte[] bytes = new byte[between(0, 300)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** A JSON object whose keys are not in sorted order, with nesting, unicode and a number. */
    String json() {
        return "{\"z\": " + random.nextInt(1000) + ", \"a\": \"" + WORDS[random.nextInt(6)] + "\", \"m\": {\"k\": ["
                + random.nextInt(10) + ", true, null]}, \"price\": " + between(0, 9999) + ".5}";
    }

    <T> T oneOf(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
