package ai.dflux.testkit;

import java.net.URI;
import java.util.Optional;

/**
 * Where an existing server is, as given by an environment variable such as
 * {@code DFLUX_TEST_PG_URL=postgresql://postgres@127.0.0.1:5432} or
 * {@code DFLUX_TEST_MARIADB_URL=mariadb://dflux:dflux@127.0.0.1:3306}.
 */
record ServerUrl(String user, String password, String host, int port) {

    /** Parses {@code scheme://user[:password]@host[:port]}; the port defaults to {@code defaultPort}. */
    static ServerUrl parse(String url, int defaultPort) {
        URI uri = URI.create(url.trim());
        if (uri.getHost() == null || uri.getUserInfo() == null) {
            throw new IllegalArgumentException("Expected scheme://user[:password]@host[:port], got " + url);
        }
        String userInfo = uri.getUserInfo();
        int colon = userInfo.indexOf(':');
        String user = colon < 0 ? userInfo : userInfo.substring(0, colon);
        String password = colon < 0 ? "" : userInfo.substring(colon + 1);
        return new ServerUrl(user, password, uri.getHost(), uri.getPort() < 0 ? defaultPort : uri.getPort());
    }

    /** The server named by the environment variable, if it is set and not blank. */
    static Optional<ServerUrl> fromEnvironment(String variable, int defaultPort) {
        return Optional.ofNullable(System.getenv(variable)).filter(value -> !value.isBlank())
                .map(value -> parse(value, defaultPort));
    }

    /** Back to the {@code scheme://user[:password]@host:port} form. */
    String format(String scheme) {
        String userInfo = password.isEmpty() ? user : user + ":" + password;
        return scheme + "://" + userInfo + "@" + host + ":" + port;
    }
}
