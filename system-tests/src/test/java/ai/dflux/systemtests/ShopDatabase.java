package ai.dflux.systemtests;

import ai.dflux.testkit.PostgresServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small shop schema on PostgreSQL to migrate: products, customers, their orders and the order lines, related by
 * foreign keys, with a known number of rows per table and fresh statistics ({@code ANALYZE}).
 */
public final class ShopDatabase {

    /** Rows per table, in the order the tables are filled. */
    public static final Map<String, Integer> ROWS;

    /** Column names per table, in their declared order. */
    public static final Map<String, List<String>> COLUMNS = Map.of(
            "product", List.of("id", "sku", "name", "price"),
            "customers", List.of("id", "email", "name", "created_at"),
            "orders", List.of("id", "customer_id", "ordered_at", "status"),
            "order_items", List.of("order_id", "line_no", "product_id", "quantity"));

    static {
        Map<String, Integer> rows = new LinkedHashMap<>();
        rows.put("product", 25);
        rows.put("customers", 40);
        rows.put("orders", 120);
        rows.put("order_items", 300);
        ROWS = java.util.Collections.unmodifiableMap(rows);
    }

    private static final String SCHEMA = """
            create table product (
                id bigint primary key,
                sku varchar(20) not null unique,
                name text not null,
                price numeric(10, 2) not null
            );
            create table customers (
                id bigint primary key,
                email varchar(200) not null unique,
                name text not null,
                created_at timestamptz not null default now()
            );
            create table orders (
                id bigint primary key,
                customer_id bigint not null references customers (id),
                ordered_at timestamptz not null default now(),
                status varchar(16) not null
            );
            create table order_items (
                order_id bigint not null references orders (id),
                line_no integer not null,
                product_id bigint not null references product (id),
                quantity integer not null,
                primary key (order_id, line_no)
            )""";

    private static final String ROWS_SQL = """
            insert into product select i, 'SKU-' || i, 'Product ' || i, 1.5 * i from generate_series(1, %d) i;
            insert into customers (id, email, name) select i, 'c' || i || '@shop.test', 'Customer ' || i
                from generate_series(1, %d) i;
            insert into orders (id, customer_id, status) select i, 1 + i %% %d, 'NEW' from generate_series(1, %d) i;
            insert into order_items select 1 + (i - 1) / %d, 1 + (i - 1) %% %d, 1 + i %% %d, 1 + i %% 3
                from generate_series(1, %d) i;
            analyze""";

    private ShopDatabase() {
    }

    /** Creates {@code database} on {@code postgres} with the shop tables and their rows. */
    public static void create(PostgresServer postgres, String database) {
        postgres.createDatabase(database);
        int products = ROWS.get("product");
        int customers = ROWS.get("customers");
        int orders = ROWS.get("orders");
        int items = ROWS.get("order_items");
        int linesPerOrder = items / orders + 1; // items fill the first orders, at most linesPerOrder lines each
        String rows = ROWS_SQL.formatted(products, customers, customers, orders, linesPerOrder, linesPerOrder, products,
                items);
        try (Connection connection = postgres.dataSource(database).getConnection();
                Statement statement = connection.createStatement()) {
            for (String sql : (SCHEMA + ";" + rows).split(";")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the shop database " + database, e);
        }
    }

    /** The rows of every table together. */
    public static long totalRows() {
        return ROWS.values().stream().mapToLong(Integer::longValue).sum();
    }

    /** The columns of every table together. */
    public static int totalColumns() {
        return COLUMNS.values().stream().mapToInt(List::size).sum();
    }
}
