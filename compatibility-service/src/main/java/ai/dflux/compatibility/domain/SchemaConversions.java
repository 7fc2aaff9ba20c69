package ai.dflux.compatibility.domain;

import ai.dflux.compatibility.domain.ddl.DdlPart;
import ai.dflux.compatibility.domain.ddl.SchemaConversion;
import ai.dflux.compatibility.domain.ddl.SchemaConverter;
import ai.dflux.compatibility.domain.ddl.SchemaDelta;
import ai.dflux.compatibility.domain.proof.ProofOutcome;
import ai.dflux.compatibility.domain.proof.SchemaProof;
import ai.dflux.compatibility.domain.proof.ScratchPlacement;
import ai.dflux.compatibility.domain.proof.TargetDataSources;
import ai.dflux.compatibility.domain.proof.TargetServer;
import ai.dflux.compatibility.domain.sql.SqlTranslators;
import ai.dflux.compatibility.domain.types.TypeMappings;
import ai.dflux.compatibility.domain.types.TypeOverride;
import ai.dflux.contracts.Dialect;
import ai.dflux.contracts.catalog.Catalog;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;

/**
 * Converts a catalog with the migration's overrides, proves the DDL on the target, and computes the delta from the
 * previous revision. Blocking: call it off the event loop.
 */
@ApplicationScoped
public class SchemaConversions {

    public ConvertedSchema convert(ConversionInputs inputs) {
        DataSource target = TargetDataSources.of(inputs.connections().target());
        ProofOutcome proof = convertAndProve(inputs.catalog(), inputs.overrides(), target);
        SchemaConversion proven = proof.conversion();
        String fingerprint = fingerprint(proven);
        if (inputs.previous() == null) {
            return new ConvertedSchema(proof, fingerprint, null, List.of());
        }
        SchemaDelta delta = SchemaDelta.between(inputs.previous().conversion(), proven);
        return new ConvertedSchema(proof, fingerprint, script(delta), delta.nonAdditive().stream()
                .map(change -> change.kind() + " " + change.object() + ": " + change.reason()).toList());
    }

    /** The conversion of {@code catalog}, proven on {@code target} in scratch schemas that are rolled back. */
    public static ProofOutcome convertAndProve(Catalog catalog, List<TypeOverride> overrides, DataSource target) {
        Dialect dialect = Dialect.parse(catalog.dialect()).orElseThrow(() -> new IllegalArgumentException(
                "the catalog's dialect '" + catalog.dialect() + "' is not one dflux converts"));
        SchemaConverter converter = new SchemaConverter(
                new OverridingTypeMapping(TypeMappings.forDialect(dialect), overrides),
                SqlTranslators.forDialect(dialect));
        SchemaConversion real = converter.convert(catalog);
        ScratchPlacement placement = new ScratchPlacement();
        SchemaConversion scratch = converter.convert(catalog, placement);
        return new SchemaProof(new TargetServer()).prove(real, scratch, placement, target);
    }

    private static String script(SchemaDelta delta) {
        StringBuilder script = new StringBuilder();
        for (DdlPart part : DdlPart.values()) {
            String statements = delta.script(part);
            if (!statements.isEmpty()) {
                script.append("-- ").append(part.name().toLowerCase().replace('_', '-')).append('\n')
                        .append(statements);
            }
        }
        return script.toString();
    }

    static String fingerprint(SchemaConversion conversion) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (DdlPart part : DdlPart.values()) {
                digest.update(conversion.script(part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
