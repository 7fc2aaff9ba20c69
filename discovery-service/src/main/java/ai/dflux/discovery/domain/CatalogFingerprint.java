package ai.dflux.discovery.domain;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.catalog.RoutineInfo;
import ai.dflux.contracts.catalog.SequenceInfo;
import ai.dflux.contracts.catalog.SynonymInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.catalog.TriggerInfo;
import ai.dflux.contracts.catalog.TypeInfo;
import ai.dflux.contracts.catalog.ViewInfo;
import ai.dflux.contracts.events.EventCodec;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

/**
 * A stable hash of a catalog's structure: every kind of object sorted by name, without what changes on its own (read
 * time, server version, row estimates, sizes, sequence positions), so the same schema always gives the same
 * fingerprint.
 */
public final class CatalogFingerprint {

    private record Structure(String dialect, List<String> schemas, List<TableInfo> tables, List<ViewInfo> views,
            List<SequenceInfo> sequences, List<RoutineInfo> routines, List<TriggerInfo> triggers, List<TypeInfo> types,
            List<SynonymInfo> synonyms, List<String> extensions) {
    }

    private CatalogFingerprint() {
    }

    public static String of(Catalog catalog) {
        Structure structure = new Structure(catalog.dialect(), sorted(catalog.schemas(), s -> s),
                sorted(catalog.tables(), TableInfo::qualifiedName).stream()
                        .map(t -> new TableInfo(t.schema(), t.name(), t.columns(), t.primaryKey(), t.foreignKeys(),
                                t.uniqueConstraints(), t.checkConstraints(), t.indexes(), t.partitioning(), t.comment(),
                                0, 0, t.replicaIdentity()))
                        .toList(),
                sorted(catalog.views(), v -> v.schema() + "." + v.name()),
                sorted(catalog.sequences(), s -> s.schema() + "." + s.name()).stream()
                        .map(s -> new SequenceInfo(s.schema(), s.name(), s.dataType(), s.start(), s.increment(),
                                s.minValue(), s.maxValue(), s.cycle(), null))
                        .toList(),
                sorted(catalog.routines(), r -> r.schema() + "." + r.name() + r.signature() + r.kind()),
                sorted(catalog.triggers(), t -> t.schema() + "." + t.table() + "." + t.name()),
                sorted(catalog.types(), t -> t.schema() + "." + t.name()),
                sorted(catalog.synonyms(), s -> s.schema() + "." + s.name()),
                sorted(catalog.extensions(), e -> e));
        try {
            byte[] canonical = EventCodec.mapper().writeValueAsBytes(structure);
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint catalog", e);
        }
    }

    private static <T> List<T> sorted(List<T> items, Function<T, String> key) {
        return items.stream().sorted(Comparator.comparing(key, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }
}
