package ai.dflux.discovery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.TableInfo;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogFingerprintTest {

    private static TableInfo table(String name, long rows, ColumnInfo... columns) {
        return new TableInfo("public", name, List.of(columns), List.of("id"), List.of(), rows, rows * 100);
    }

    private static final ColumnInfo ID = new ColumnInfo(1, "id", "bigint", false, null);

    @Test
    void ignoresTableOrderReadTimeAndRowEstimates() {
        Catalog one = new Catalog("postgresql", "db", "15", Instant.EPOCH, List.of(table("a", 1, ID), table("b", 2, ID)),
                false, List.of());
        Catalog two = new Catalog("postgresql", "db", "15", Instant.now(), List.of(table("b", 900, ID),
                table("a", 5, ID)), false, List.of());

        assertThat(CatalogFingerprint.of(one)).isEqualTo(CatalogFingerprint.of(two)).startsWith("sha256:");
    }

    @Test
    void changesWhenAColumnIsAdded() {
        Catalog before = new Catalog("postgresql", "db", "15", Instant.EPOCH, List.of(table("a", 1, ID)), false,
                List.of());
        Catalog after = new Catalog("postgresql", "db", "15", Instant.EPOCH, List.of(table("a", 1, ID,
                new ColumnInfo(2, "note", "text", true, null))), false, List.of());

        assertThat(CatalogFingerprint.of(before)).isNotEqualTo(CatalogFingerprint.of(after));
    }
}
