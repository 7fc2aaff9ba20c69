package ai.dflux.discovery.domain;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.events.EventCodec;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;

/**
 * A stable hash of a catalog's structure: tables sorted by name, without what changes on its own (read time, row
 * estimates, sizes), so the same schema always gives the same fingerprint.
 */
public final class CatalogFingerprint {

    private CatalogFingerprint() {
    }

    public static String of(Catalog catalog) {
        var structure = catalog.tables().stream()
                .sorted(Comparator.comparing(TableInfo::schema).thenComparing(TableInfo::name))
                .map(t -> new TableInfo(t.schema(), t.name(), t.columns(), t.primaryKey(), t.foreignKeys(), 0, 0))
                .toList();
        try {
            byte[] canonical = EventCodec.mapper().writeValueAsBytes(structure);
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint catalog", e);
        }
    }
}
