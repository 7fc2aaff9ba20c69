package ai.dflux.contracts;

import java.util.Arrays;
import java.util.Optional;

/** The database dialects dflux knows, by the name used in requests and events. */
public enum Dialect {
    POSTGRESQL("postgresql", true),
    MYSQL("mysql", true),
    MARIADB("mariadb", true),
    /** Oracle enters as a schema script; there is no live Oracle connection. */
    ORACLE("oracle", false);

    private final String id;
    private final boolean live;

    Dialect(String id, boolean live) {
        this.id = id;
        this.live = live;
    }

    public String id() {
        return id;
    }

    /** Whether dflux connects to a running server of this dialect. */
    public boolean live() {
        return live;
    }

    public static Optional<Dialect> parse(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equalsIgnoreCase(id == null ? "" : id.trim())).findFirst();
    }
}
