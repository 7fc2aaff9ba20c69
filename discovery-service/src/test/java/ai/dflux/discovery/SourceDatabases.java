package ai.dflux.discovery;

import ai.dflux.testkit.ControlPlane;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** Small source databases made on the test PostgreSQL. */
public final class SourceDatabases {

    private SourceDatabases() {
    }

    /** A database with three related tables, analyzed so that row estimates are real; returns its name. */
    public static String shop() {
        String name = "shop_" + UUID.randomUUID().toString().substring(0, 8);
        var postgres = ControlPlane.postgres();
        postgres.createDatabase(name);
        try (Connection c = postgres.dataSource(name).getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    create table customer (id bigint primary key, email text not null unique, created_at timestamptz
                      default now());
                    create table product (sku varchar(32) primary key, price numeric(10,2) not null, tags text[]);
                    create table purchase (id bigserial primary key,
                      customer_id bigint not null references customer(id),
                      sku varchar(32) not null references product(sku), quantity int not null default 1);
                    insert into customer select g, 'c' || g || '@example.com' from generate_series(1, 500) g;
                    insert into product select 'p' || g, g * 1.5 from generate_series(1, 40) g;
                    insert into purchase (customer_id, sku) select 1 + g % 500, 'p' || (1 + g % 40)
                      from generate_series(1, 2000) g;
                    analyze;
                    """);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return name;
    }
}
