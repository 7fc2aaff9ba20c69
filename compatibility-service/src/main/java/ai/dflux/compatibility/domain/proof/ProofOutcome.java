package ai.dflux.compatibility.domain.proof;

import ai.dflux.compatibility.domain.ddl.SchemaConversion;

/**
 * A conversion after its proof: each object's status says whether PostgreSQL accepted its DDL.
 *
 * @param conversion the conversion with the statuses and messages the proof gave
 * @param server the PostgreSQL it was proven on ({@code PostgreSQL 15.8 at db.example:5432/shop})
 */
public record ProofOutcome(SchemaConversion conversion, String server) {
}
