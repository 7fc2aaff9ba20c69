package ai.dflux.discovery.api;

import ai.dflux.discovery.SourceDatabases;

/** Lets tests of other packages build the registry's request bodies. */
public final class RequestsAccess {

    private RequestsAccess() {
    }

    public static String migrationOfShop() {
        return Requests.migrationOf(SourceDatabases.shop());
    }
}
