package ai.dflux.discovery.domain;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.discovery.domain.findings.Findings;
import java.time.Duration;
import org.jboss.logging.Logger;

/** Reads a source's catalog with the reader of its dialect. Blocking: call it off the event loop. */
public final class SourceCatalogs {

    private static final Logger LOG = Logger.getLogger(SourceCatalogs.class);

    private final Duration connectTimeout;

    public SourceCatalogs(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public DiscoveryOutcome read(DatabaseConnection connection) {
        long start = System.nanoTime();
        try {
            Catalog catalog = readerFor(connection).read(SourceDataSources.of(connection, connectTimeout),
                    connection.database());
            LOG.infof("read catalog of %s: %d tables, %d columns in %d ms", connection, catalog.tables().size(),
                    catalog.columnCount(), (System.nanoTime() - start) / 1_000_000);
            return new DiscoveryOutcome.Discovered(catalog, CatalogFingerprint.of(catalog), Findings.of(catalog));
        } catch (Exception e) {
            SourceFailure failure = SourceFailure.of(e, connection);
            LOG.warnf("cannot read catalog of %s: %s (%s)", connection, failure.message(), failure.reason());
            return new DiscoveryOutcome.Failed(failure);
        }
    }

    private static CatalogReader readerFor(DatabaseConnection connection) {
        return switch (connection.dialect()) {
            case POSTGRESQL -> new PostgresCatalogReader();
            case MYSQL -> new MariaDbCatalogReader("mysql");
            case MARIADB -> new MariaDbCatalogReader("mariadb");
            case ORACLE -> throw new IllegalArgumentException("oracle sources are read from scripts");
        };
    }
}
