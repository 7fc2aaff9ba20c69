package ai.dflux.compatibility.domain.proof;

import ai.dflux.compatibility.domain.ddl.SchemaPlacement;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Places each target schema under a scratch name no one uses ({@code dflux_proof_<random>_<n>}, well within 63
 * bytes whatever the real name's length), and puts the real names back into what PostgreSQL said about them.
 */
public final class ScratchPlacement implements SchemaPlacement {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String prefix;
    private final Map<String, String> scratchOf = new LinkedHashMap<>();

    public ScratchPlacement() {
        byte[] token = new byte[4];
        RANDOM.nextBytes(token);
        this.prefix = "dflux_proof_" + HexFormat.of().formatHex(token) + "_";
    }

    @Override
    public String place(String targetSchema) {
        return scratchOf.computeIfAbsent(targetSchema, schema -> prefix + (scratchOf.size() + 1));
    }

    /** {@code text} with every scratch schema name replaced by the real one. */
    public String restore(String text) {
        String restored = text;
        // longest scratch names first, so that _1 does not eat into _10
        var entries = scratchOf.entrySet().stream()
                .sorted((a, b) -> b.getValue().length() - a.getValue().length()).toList();
        for (Map.Entry<String, String> entry : entries) {
            restored = restored.replace(entry.getValue(), entry.getKey());
        }
        return restored;
    }
}
