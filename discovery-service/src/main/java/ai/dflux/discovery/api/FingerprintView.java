package ai.dflux.discovery.api;

import java.time.Instant;

/** The schema fingerprint of a migration's source and when the catalog it hashes was read. */
public record FingerprintView(String fingerprint, Instant readAt) {
}
