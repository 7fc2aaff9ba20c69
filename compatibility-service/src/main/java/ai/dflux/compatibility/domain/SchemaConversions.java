package ai.dflux.compatibility.domain;

import ai.dflux.compatibility.domain.ddl.ConvertedObject;
import ai.dflux.compatibility.domain.ddl.DdlPart;
import ai.dflux.compatibility.domain.ddl.ObjectStatus;
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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
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
        SchemaConversion next = proof.conversion();
        String fingerprint = fingerprint(next);
        StoredConversion previous = inputs.previous();
        if (previous == null) {
            return new ConvertedSchema(proof, fingerprint, null, List.of());
        }
        SchemaDelta delta = SchemaDelta.between(previous.conversion(), next);
        List<String> nonAdditive = new ArrayList<>(delta.nonAdditive().stream()
                .map(change -> change.kind() + " " + change.object() + ": " + change.reason()).toList());
        Optional<SchemaDelta> proven = previous.catalog() == null ? Optional.empty()
                : proveDelta(previous, inputs, next, delta, target);
        if (proven.isEmpty()) {
            nonAdditive.add("the delta is not proven: revision " + previous.revision() + " cannot be rebuilt as it"
                    + " was converted; check the delta on a copy of the target before applying it");
        } else {
            delta = proven.get();
            delta.objects().stream().filter(o -> o.status() == ObjectStatus.MANUAL).forEach(o -> nonAdditive.add(
                    o.kind().name().toLowerCase() + " " + o.target() + ": " + String.join("; ", o.messages())));
        }
        return new ConvertedSchema(proof, fingerprint, script(delta), nonAdditive);
    }

    /** The conversion of {@code catalog}, proven on {@code target} in scratch schemas that are rolled back. */
    public static ProofOutcome convertAndProve(Catalog catalog, List<TypeOverride> overrides, DataSource target) {
        SchemaConverter converter = converter(catalog, overrides);
        SchemaConversion real = converter.convert(catalog);
        ScratchPlacement placement = new ScratchPlacement();
        SchemaConversion scratch = converter.convert(catalog, placement);
        return new SchemaProof(new TargetServer()).prove(real, scratch, placement, target);
    }

    /**
     * The delta with each object's outcome on top of the previous revision: both revisions are converted again into
     * the same scratch schemas (with the statuses they had), the previous one is created, the delta runs on it, and
     * all is rolled back. Empty when the previous revision no longer converts to the same objects (it was converted
     * by another version of dflux).
     */
    private static Optional<SchemaDelta> proveDelta(StoredConversion previous, ConversionInputs inputs,
            SchemaConversion next, SchemaDelta delta, DataSource target) {
        ScratchPlacement placement = new ScratchPlacement();
        Optional<SchemaConversion> scratchPrevious = withStatusesOf(converter(previous.catalog(),
                previous.overrides()).convert(previous.catalog(), placement), previous.conversion());
        Optional<SchemaConversion> scratchNext = withStatusesOf(converter(inputs.catalog(), inputs.overrides())
                .convert(inputs.catalog(), placement), next);
        if (scratchPrevious.isEmpty() || scratchNext.isEmpty()) {
            return Optional.empty();
        }
        SchemaDelta scratchDelta = SchemaDelta.between(scratchPrevious.get(), scratchNext.get());
        if (scratchDelta.objects().size() != delta.objects().size()) {
            return Optional.empty();
        }
        return Optional.of(new SchemaDelta(new SchemaProof(new TargetServer()).proveDelta(scratchPrevious.get(),
                delta.objects(), scratchDelta.objects(), placement, target), delta.nonAdditive()));
    }

    /** The scratch placement with each object's status and messages from the real conversion, object for object. */
    private static Optional<SchemaConversion> withStatusesOf(SchemaConversion scratch, SchemaConversion real) {
        if (scratch.objects().size() != real.objects().size()) {
            return Optional.empty();
        }
        List<ConvertedObject> objects = new ArrayList<>(scratch.objects().size());
        for (int i = 0; i < scratch.objects().size(); i++) {
            ConvertedObject source = real.objects().get(i);
            objects.add(scratch.objects().get(i).withStatus(source.status(), source.messages()));
        }
        return Optional.of(scratch.withObjects(objects));
    }

    private static SchemaConverter converter(Catalog catalog, List<TypeOverride> overrides) {
        Dialect dialect = Dialect.parse(catalog.dialect()).orElseThrow(() -> new IllegalArgumentException(
                "the catalog's dialect '" + catalog.dialect() + "' is not one dflux converts"));
        return new SchemaConverter(new OverridingTypeMapping(TypeMappings.forDialect(dialect), overrides),
                SqlTranslators.forDialect(dialect));
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
