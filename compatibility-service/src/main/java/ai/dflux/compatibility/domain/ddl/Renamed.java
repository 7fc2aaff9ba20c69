package ai.dflux.compatibility.domain.ddl;

/**
 * An identifier whose target name is not simply the source name folded to lower case.
 *
 * @param kind {@code schema}, {@code table}, {@code view}, {@code column}, {@code index}, {@code constraint},
 *     {@code sequence} or {@code type}
 * @param source the source's qualified name
 * @param target the target's qualified name as written in DDL (quoted where needed)
 * @param reason why ({@code longer than 63 bytes}, {@code collides with sakila.Film after folding}, ...)
 */
public record Renamed(String kind, String source, String target, String reason) {
}
