package ai.dflux.discovery.api;

/**
 * Where a database is and how to log in; the password is stored sealed and never returned. An Oracle source is a
 * schema script instead: {@code script} holds its text (DDL and PL/SQL as DBMS_METADATA or SQL*Plus export them) and
 * {@code scriptName} names it.
 */
public record ConnectionRequest(String dialect, String host, Integer port, String database, String username,
        String password, String script, String scriptName) {

    public ConnectionRequest(String dialect, String host, Integer port, String database, String username,
            String password) {
        this(dialect, host, port, database, username, password, null, null);
    }
}
