package ai.dflux.discovery.domain;

import ai.dflux.contracts.catalog.Catalog;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Reads the catalog of one dialect's database. One implementation per dialect. */
public interface CatalogReader {

    Catalog read(DataSource source, String database) throws SQLException;
}
