/**
 * Change data capture from a live source into the target PostgreSQL, exactly once.
 *
 * <p>{@link ai.dflux.executor.domain.stream.ChangeStream} runs a Debezium 3.5 embedded (async) engine per migration.
 * Every apply commits, in one target transaction, the row changes of complete source transactions and the Debezium
 * offset of the last of them into {@code dflux_executor.stream_offset}; the engine's offset store
 * ({@link ai.dflux.executor.domain.stream.TargetOffsetStore}) reads that table, so a restart after any crash resumes
 * after the last committed source transaction. Changes of a transaction whose end has not arrived wait in memory for
 * the next batch ({@code provide.transaction.metadata=true} marks the ends).
 *
 * <p>PostgreSQL sources stream through pgoutput from the slot the copy created with its exported snapshot
 * ({@code snapshot.mode=no_data}, no publication or slot management, the slot is kept on stop). A logical message
 * written every second by {@code heartbeat.action.query} keeps an idle slot moving and carries the source clock for
 * the lag. MariaDB sources start from the copy's binlog position, recorded as the connector's offset before the first
 * start; that start runs the {@code recovery} snapshot, which records the table structures in the schema history
 * ({@link ai.dflux.executor.domain.stream.TargetSchemaHistory}, in {@code dflux_executor.schema_history}) and reads no
 * rows; later starts use {@code no_data}.
 *
 * <p>Values travel as text and PostgreSQL casts them to the column type: decimals and intervals as strings, bytes as
 * bytes, times in microseconds. Every write is idempotent (upsert by target key, delete by key), so changes replayed
 * over rows the copy already holds converge; a TOASTed value an UPDATE did not touch arrives as Debezium's placeholder
 * and its column is left out of the write.
 */
package ai.dflux.executor.domain.stream;
