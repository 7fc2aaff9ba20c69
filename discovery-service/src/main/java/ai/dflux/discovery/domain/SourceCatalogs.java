package ai.dflux.discovery.domain;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.findings.Finding;
import ai.dflux.contracts.findings.Severity;
import ai.dflux.discovery.domain.findings.Findings;
import ai.dflux.discovery.domain.preflight.CdcPreflight;
import ai.dflux.discovery.domain.preflight.MariaDbCdcPreflight;
import ai.dflux.discovery.domain.preflight.PostgresCdcPreflight;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
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
            DataSource source = SourceDataSources.of(connection, connectTimeout);
            Catalog catalog = readerFor(connection).read(source, connection.database());
            List<Finding> findings = new ArrayList<>(Findings.of(catalog));
            findings.addAll(preflight(connection, source));
            LOG.infof("read catalog of %s: %d tables, %d columns in %d ms", connection, catalog.tables().size(),
                    catalog.columnCount(), (System.nanoTime() - start) / 1_000_000);
            return new DiscoveryOutcome.Discovered(catalog, CatalogFingerprint.of(catalog), Findings.sorted(findings));
        } catch (Exception e) {
            SourceFailure failure = SourceFailure.of(e, connection);
            LOG.warnf("cannot read catalog of %s: %s (%s)", connection, failure.message(), failure.reason());
            return new DiscoveryOutcome.Failed(failure);
        }
    }

    private static List<Finding> preflight(DatabaseConnection connection, DataSource source) {
        CdcPreflight preflight = switch (connection.dialect()) {
            case POSTGRESQL -> new PostgresCdcPreflight();
            case MYSQL -> new MariaDbCdcPreflight("mysql");
            case MARIADB -> new MariaDbCdcPreflight("mariadb");
            case ORACLE -> null;
        };
        if (preflight == null) {
            return List.of();
        }
        try {
            return preflight.check(source);
        } catch (RuntimeException e) {
            return List.of(new Finding("CDC_CHECK_FAILED", Severity.WARNING, "setting", connection.toString(),
                    "the change-capture checks could not run: " + e.getMessage(), "run discovery again"));
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
