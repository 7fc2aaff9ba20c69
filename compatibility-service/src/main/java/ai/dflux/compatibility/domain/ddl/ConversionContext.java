package ai.dflux.compatibility.domain.ddl;

import ai.dflux.compatibility.domain.sql.SqlTranslator;
import ai.dflux.compatibility.domain.sql.Translation;
import ai.dflux.contracts.Dialect;
import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.catalog.TableInfo;

/** What every builder of one conversion shares: the sorted catalog, its dialect, the names and the translator. */
record ConversionContext(Catalog catalog, Dialect dialect, NameMap names, SqlTranslator translator) {

    /** An expression of a table (default, check, generated column, index key or predicate) in PostgreSQL's SQL. */
    Translation expression(TableInfo table, String sql) {
        Translation translation = translator.expression(sql, table.schema(), table.name(), names);
        return translation == null ? Translation.failed("the translator returned nothing") : translation;
    }

    String table(TableInfo table) {
        return names.qualified(table.schema(), table.name());
    }

    String column(TableInfo table, String column) {
        return names.column(table.schema(), table.name(), column);
    }

    boolean mysqlFamily() {
        return dialect == Dialect.MYSQL || dialect == Dialect.MARIADB;
    }
}
