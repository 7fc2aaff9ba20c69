package ai.dflux.executor.domain.position;

/**
 * A source table's structure at a copy's snapshot position, as the source states it ({@code SHOW CREATE TABLE}): what a
 * binlog stream starting there needs to read the rows written before any later change of the table.
 */
public record TableDefinition(String database, String table, String ddl) {
}
