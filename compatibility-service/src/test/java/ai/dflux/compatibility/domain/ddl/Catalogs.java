package ai.dflux.compatibility.domain.ddl;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.catalog.CheckConstraintInfo;
import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.ForeignKeyInfo;
import ai.dflux.contracts.catalog.IndexInfo;
import ai.dflux.contracts.catalog.PartitioningInfo;
import ai.dflux.contracts.catalog.SequenceInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.catalog.TypeInfo;
import ai.dflux.contracts.catalog.UniqueConstraintInfo;
import ai.dflux.contracts.catalog.ViewInfo;
import java.time.Instant;
import java.util.List;

/** Small hand-built catalogs of each dialect, filled the way discovery's readers fill them. */
final class Catalogs {

    private Catalogs() {
    }

    static ColumnInfo column(int position, String name, String type, boolean nullable, String defaultValue) {
        return new ColumnInfo(position, name, type, nullable, defaultValue);
    }

    static ColumnInfo identity(int position, String name, String type, String identity) {
        return new ColumnInfo(position, name, type, false, null, identity, null, null, null, false);
    }

    static ColumnInfo generated(int position, String name, String type, String expression) {
        return new ColumnInfo(position, name, type, true, null, null, expression, null, null, false);
    }

    static IndexInfo index(String name, boolean unique, String method, String... columns) {
        return new IndexInfo(name, List.of(columns), unique, "PRIMARY".equals(name), method, null, false);
    }

    static IndexInfo primaryIndex(String name, String... columns) {
        return new IndexInfo(name, List.of(columns), true, true, "btree", null, false);
    }

    static TableInfo table(String schema, String name, List<ColumnInfo> columns, List<String> primaryKey,
            List<ForeignKeyInfo> foreignKeys, List<UniqueConstraintInfo> uniques, List<CheckConstraintInfo> checks,
            List<IndexInfo> indexes) {
        return new TableInfo(schema, name, columns, primaryKey, foreignKeys, uniques, checks, indexes, null, null, 0,
                0);
    }

    static TableInfo table(String schema, String name, List<ColumnInfo> columns, List<String> primaryKey) {
        return table(schema, name, columns, primaryKey, List.of(), List.of(), List.of(), List.of());
    }

    static Catalog catalog(String dialect, String database, List<TableInfo> tables, List<ViewInfo> views,
            List<SequenceInfo> sequences, List<TypeInfo> types) {
        List<String> schemas = tables.stream().map(TableInfo::schema).distinct().sorted().toList();
        return new Catalog(dialect, database, "test", Instant.EPOCH, schemas, tables, views, sequences, List.of(),
                List.of(), types, List.of(), List.of(), false, List.of());
    }

    /**
     * A MariaDB database in the style of Sakila: AUTO_INCREMENT, ENUM, SET, quoted literal defaults, ON UPDATE,
     * a generated column, FULLTEXT, prefix and SPATIAL indexes, index names repeated across tables, foreign keys with
     * actions, a table with a type PostgreSQL cannot hold, and views on views. Its expressions are valid PostgreSQL as
     * they are, so that {@link EchoTranslator} can stand in for the translator against a real server.
     */
    static Catalog mysqlShop() {
        TableInfo language = new TableInfo("shop", "language", List.of(
                identity(1, "language_id", "tinyint(3) unsigned", "AUTO_INCREMENT"),
                column(2, "name", "char(20)", false, null),
                column(3, "last_update", "timestamp", false, "CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP")),
                List.of("language_id"), List.of(), List.of(), List.of(),
                List.of(index("PRIMARY", true, "BTREE", "language_id")), null, "languages of films", 0, 0);
        TableInfo film = table("shop", "film", List.of(
                identity(1, "film_id", "smallint(5) unsigned", "AUTO_INCREMENT"),
                column(2, "title", "varchar(255)", false, null),
                column(3, "description", "text", true, null),
                column(4, "release_year", "year", true, null),
                column(5, "language_id", "tinyint(3) unsigned", false, null),
                column(6, "rating", "enum('G','PG','R')", true, "'G'"),
                column(7, "special_features", "set('trailers','deleted scenes')", true, null),
                column(8, "rental_rate", "decimal(4,2)", false, "4.99"),
                column(9, "replacement_cost", "float", true, "NULL"),
                column(10, "is_active", "tinyint(1)", false, "'1'"),
                column(11, "created", "datetime", false, "'0000-00-00 00:00:00'"),
                generated(12, "title_upper", "varchar(255)", "upper(title)"),
                column(13, "Order", "int(11)", true, "'0'")),
                List.of("film_id"),
                List.of(new ForeignKeyInfo("fk_film_language", List.of("language_id"), "shop", "language",
                        List.of("language_id"), "CASCADE", "RESTRICT", false, false)),
                List.of(new UniqueConstraintInfo("uq_title_year", List.of("title", "release_year"))),
                List.of(new CheckConstraintInfo("chk_rate", "rental_rate >= 0")),
                List.of(index("PRIMARY", true, "BTREE", "film_id"), index("idx_title", false, "BTREE", "title"),
                        index("idx_fk_language_id", false, "BTREE", "language_id"),
                        index("uq_title_year", true, "BTREE", "title", "release_year"),
                        index("idx_description", false, "BTREE", "description(100)"),
                        index("idx_title_description", false, "FULLTEXT", "title", "description")));
        TableInfo inventory = table("shop", "inventory", List.of(
                identity(1, "inventory_id", "int(11)", "AUTO_INCREMENT"),
                column(2, "film_id", "smallint(5) unsigned", false, null),
                column(3, "store_id", "int(11)", false, null)),
                List.of("inventory_id"),
                List.of(new ForeignKeyInfo("fk_inventory_film", List.of("film_id"), "shop", "film",
                        List.of("film_id"), "CASCADE", "CASCADE", false, false)),
                List.of(), List.of(),
                List.of(index("PRIMARY", true, "BTREE", "inventory_id"),
                        index("idx_fk_film_id", false, "BTREE", "film_id")));
        TableInfo filmText = table("shop", "film_text", List.of(
                column(1, "film_id", "smallint(5) unsigned", false, null),
                column(2, "title", "varchar(255)", false, null)),
                List.of("film_id"), List.of(), List.of(), List.of(),
                List.of(index("PRIMARY", true, "BTREE", "film_id"),
                        index("idx_fk_film_id", false, "BTREE", "film_id")));
        TableInfo address = table("shop", "address", List.of(
                identity(1, "address_id", "int(11)", "AUTO_INCREMENT"),
                column(2, "location", "geometry", false, null)),
                List.of("address_id"), List.of(), List.of(), List.of(),
                List.of(index("PRIMARY", true, "BTREE", "address_id"),
                        index("idx_location", false, "SPATIAL", "location")));
        TableInfo legacy = table("shop", "legacy", List.of(
                column(1, "id", "int(11)", false, null),
                column(2, "payload", "weird_type", true, null)),
                List.of("id"));
        List<ViewInfo> views = List.of(
                new ViewInfo("shop", "film_list", "select f.film_id, f.title, l.name as language"
                        + " from shop.film f join shop.language l on l.language_id = f.language_id", false, null),
                new ViewInfo("shop", "a_short_list", "select film_id, title from shop.film_list where film_id < 10",
                        false, null),
                new ViewInfo("shop", "legacy_ids", "select id from shop.legacy", false, null),
                new ViewInfo("shop", "film_counts", "select language_id, count(*) as films from shop.film"
                        + " group by language_id", true, null));
        return catalog("mariadb", "shop", List.of(language, film, inventory, filmText, address, legacy), views,
                List.of(), List.of());
    }

    /** An Oracle schema script's catalog in the style of HR: upper-case names, NUMBER, a sequence, a view. */
    static Catalog oracleHr() {
        TableInfo departments = table("HR", "DEPARTMENTS", List.of(
                column(1, "DEPARTMENT_ID", "NUMBER(4)", false, null),
                column(2, "DEPARTMENT_NAME", "VARCHAR2(30 BYTE)", false, null)),
                List.of("DEPARTMENT_ID"));
        TableInfo employees = table("HR", "EMPLOYEES", List.of(
                column(1, "EMPLOYEE_ID", "NUMBER(6)", false, null),
                column(2, "EMAIL", "VARCHAR2(25 BYTE)", false, null),
                column(3, "SALARY", "NUMBER(8,2)", true, null),
                column(4, "HIRE_DATE", "DATE", false, "SYSDATE"),
                column(5, "DEPARTMENT_ID", "NUMBER(4)", true, null),
                identity(6, "BADGE_NO", "NUMBER(22)", "BY DEFAULT")),
                List.of("EMPLOYEE_ID"),
                List.of(new ForeignKeyInfo(null, List.of("DEPARTMENT_ID"), "HR", "DEPARTMENTS",
                        List.of("DEPARTMENT_ID"), "NO ACTION", "SET NULL", true, true)),
                List.of(new UniqueConstraintInfo(null, List.of("EMAIL"))),
                List.of(new CheckConstraintInfo(null, "SALARY > 0")),
                List.of(index("EMP_DEPARTMENT_IX", false, "BTREE", "DEPARTMENT_ID")));
        TableInfo jobs = table("HR", "JOBS", List.of(
                column(1, "JOB_ID", "VARCHAR2(10)", false, null),
                column(2, "MIN_SALARY", "NUMBER(6)", true, null)),
                List.of("JOB_ID"), List.of(), List.of(), List.of(), List.of(
                        new IndexInfo("JOB_MIN_IX", List.of("MIN_SALARY"), false, false, "BITMAP", null, false)));
        TableInfo customers = table("HR", "CUSTOMERS", List.of(
                column(1, "CUSTOMER_ID", "NUMBER(6)", false, null),
                column(2, "HOME", "ADDRESS_T", true, null)),
                List.of("CUSTOMER_ID"));
        List<ViewInfo> views = List.of(new ViewInfo("HR", "EMP_DETAILS_VIEW", "SELECT e.EMPLOYEE_ID,"
                + " d.DEPARTMENT_NAME FROM EMPLOYEES e JOIN DEPARTMENTS d ON e.DEPARTMENT_ID = d.DEPARTMENT_ID", false,
                null));
        List<SequenceInfo> sequences = List.of(
                new SequenceInfo("HR", "EMPLOYEES_SEQ", "NUMBER", 207, 1, 1L, null, false, null),
                new SequenceInfo("HR", "COUNTDOWN_SEQ", "NUMBER", -1, -1, null, -1L, true, null));
        List<TypeInfo> types = List.of(new TypeInfo("HR", "ADDRESS_T", "OBJECT", List.of(), null,
                "CREATE TYPE ADDRESS_T AS OBJECT (STREET VARCHAR2(40))"));
        return catalog("oracle", "hr_create.sql", List.of(departments, employees, jobs, customers), views, sequences, types);
    }

    /** A PostgreSQL database with an enum, a domain, a serial column, an identity, a partial index, mixed case. */
    static Catalog postgresShop() {
        TableInfo orders = new TableInfo("public", "orders", List.of(
                column(1, "id", "integer", false, "nextval('orders_id_seq'::regclass)"),
                column(2, "status", "mood", true, "'ok'::mood"),
                column(3, "qty", "positive_int", true, null),
                column(4, "placed_at", "timestamp with time zone", false, "now()")),
                List.of("id"), List.of(), List.of(),
                List.of(new CheckConstraintInfo("orders_qty_check", "CHECK (((qty)::integer < 1000))")),
                List.of(primaryIndex("orders_pkey", "id"),
                        new IndexInfo("orders_open_idx", List.of("placed_at"), false, false, "btree",
                                "(status <> 'sad'::mood)", false)),
                new PartitioningInfo("RANGE", "placed_at", List.of("orders_2024")), null, 0, 0, "DEFAULT");
        TableInfo items = table("public", "items", List.of(
                identity(1, "item_id", "bigint", "BY DEFAULT"),
                column(2, "order_id", "integer", false, null)),
                List.of("item_id"),
                List.of(new ForeignKeyInfo("items_order_id_fkey", List.of("order_id"), "public", "orders",
                        List.of("id"), "NO ACTION", "CASCADE", true, false)),
                List.of(), List.of(), List.of());
        TableInfo report = table("Sales", "Report", List.of(
                column(1, "ID", "integer", false, null),
                column(2, "select", "text", true, null)),
                List.of("ID"));
        List<SequenceInfo> sequences = List.of(
                new SequenceInfo("public", "orders_id_seq", "integer", 1, 1, 1L, 2147483647L, false, 41L),
                new SequenceInfo("public", "items_item_id_seq", "bigint", 1, 1, 1L, Long.MAX_VALUE, false, null));
        List<TypeInfo> types = List.of(
                new TypeInfo("public", "mood", "ENUM", List.of("sad", "ok", "happy"), null, null),
                new TypeInfo("public", "positive_int", "DOMAIN", List.of(), "integer",
                        "CONSTRAINT positive_int_check CHECK (VALUE > 0)"));
        return new Catalog("postgresql", "shop", "PostgreSQL 15", Instant.EPOCH, List.of("Sales", "public"),
                List.of(orders, items, report), List.of(), sequences, List.of(), List.of(), types, List.of(),
                List.of(), false, List.of());
    }
}
