package ai.dflux.contracts.catalog;

/**
 * Stored code: a procedure, function, aggregate, package or package body.
 *
 * @param signature the argument list as the source declares it ({@code (p_film_id int, OUT p_count int)})
 * @param returns the return type of a function, or null
 * @param body the whole source text of the routine as the source holds it
 */
public record RoutineInfo(String schema, String name, Kind kind, String signature, String returns, String language,
        String body) {

    public enum Kind {
        PROCEDURE("procedures"), FUNCTION("functions"), AGGREGATE("aggregates"), PACKAGE("packages"),
        PACKAGE_BODY("packageBodies");

        private final String plural;

        Kind(String plural) {
            this.plural = plural;
        }

        public String plural() {
            return plural;
        }
    }
}
