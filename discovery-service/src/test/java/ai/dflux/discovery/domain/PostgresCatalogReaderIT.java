package ai.dflux.discovery.domain;

import static ai.dflux.discovery.domain.CatalogLookup.table;
import static ai.dflux.discovery.domain.CatalogLookup.column;
import static ai.dflux.discovery.domain.CatalogLookup.index;
import static ai.dflux.discovery.domain.CatalogLookup.view;
import static ai.dflux.discovery.domain.CatalogLookup.sequence;
import static ai.dflux.discovery.domain.CatalogLookup.routine;
import static ai.dflux.discovery.domain.CatalogLookup.trigger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.catalog.CheckConstraintInfo;
import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.ForeignKeyInfo;
import ai.dflux.contracts.catalog.IndexInfo;
import ai.dflux.contracts.catalog.RoutineInfo;
import ai.dflux.contracts.catalog.SequenceInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.catalog.TriggerInfo;
import ai.dflux.contracts.catalog.TypeInfo;
import ai.dflux.contracts.catalog.ViewInfo;
import ai.dflux.testkit.PostgresCorpora;
import ai.dflux.testkit.PostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL reader on the real corpora (Sakila and Chinook references, loaded with psql as the corpora README
 * says) and on a small schema of our own that has what those lack: declarative partitioning, identity and generated
 * columns, partial and expression indexes, a deferrable foreign key, a materialized view, a procedure.
 */
class PostgresCatalogReaderIT {

    private static final String SAKILA = "corpus_sakila_pg";
    private static final String CHINOOK = "corpus_chinook_pg";
    private static final String CHINOOK_IDENTITY = "corpus_chinook_identity_pg";
    private static final String SHOP = "catalog_reader_shop";
    private static final String WITH_EXTENSION = "catalog_reader_extension";

    private static PostgresServer postgres;

    @BeforeAll
    static void loadCorpora() throws Exception {
        postgres = PostgresServer.create().start();
        postgres.createDatabase(SAKILA);
        if (!hasTable(SAKILA, "film")) {
            PostgresCorpora.loadSakila(postgres, SAKILA);
        }
        postgres.createDatabase(CHINOOK);
        if (!hasTable(CHINOOK, "album")) {
            PostgresCorpora.loadChinook(postgres, CHINOOK, "Chinook_PostgreSql.sql");
        }
        postgres.createDatabase(CHINOOK_IDENTITY);
        if (!hasTable(CHINOOK_IDENTITY, "album")) {
            PostgresCorpora.loadChinook(postgres, CHINOOK_IDENTITY, "Chinook_PostgreSql_AutoIncrementPKs.sql");
        }
        postgres.createDatabase(SHOP);
        try (Connection c = postgres.dataSource(SHOP).getConnection(); Statement s = c.createStatement()) {
            s.execute("drop schema if exists shop cascade");
            s.execute("drop schema if exists empty_one cascade");
            s.execute(SHOP_SCHEMA);
        }
        for (String database : List.of(SAKILA, CHINOOK, CHINOOK_IDENTITY, SHOP)) {
            try (Connection c = postgres.dataSource(database).getConnection(); Statement s = c.createStatement()) {
                s.execute("analyze"); // exact row estimates: every table here is smaller than ANALYZE's sample
            }
        }
    }

    @AfterAll
    static void stopPostgres() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void readsSakilaAsTheCorporaReadmeCountsIt() throws Exception {
        Catalog catalog = new PostgresCatalogReader().read(postgres.dataSource(SAKILA), SAKILA);

        assertThat(catalog.dialect()).isEqualTo("postgresql");
        assertThat(catalog.serverVersion()).startsWith("PostgreSQL ");
        assertThat(catalog.partial()).isFalse();
        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.schemas()).containsExactly("public");
        // 15 tables + payment_p2007_01..06, children of classic inheritance: 21 tables.
        assertThat(catalog.tables()).hasSize(21);
        assertThat(catalog.tables()).extracting(TableInfo::name).filteredOn(n -> n.startsWith("payment_p2007_"))
                .containsExactly("payment_p2007_01", "payment_p2007_02", "payment_p2007_03", "payment_p2007_04",
                        "payment_p2007_05", "payment_p2007_06");
        assertThat(catalog.counts())
                .containsEntry("indexes", 44)
                .containsEntry("foreignKeys", 40)
                .containsEntry("views", 7)
                .containsEntry("materializedViews", 0)
                .containsEntry("sequences", 13)
                .containsEntry("functions", 9)
                .containsEntry("aggregates", 1)
                .containsEntry("procedures", 0)
                .containsEntry("triggers", 15)
                .containsEntry("extensions", 0);
        // Without the partition children: 32 indexes and 22 foreign keys.
        List<TableInfo> withoutChildren = catalog.tables().stream()
                .filter(t -> !t.name().startsWith("payment_p2007_")).toList();
        assertThat(withoutChildren.stream().mapToInt(t -> t.indexes().size()).sum()).isEqualTo(32);
        assertThat(withoutChildren.stream().mapToInt(t -> t.foreignKeys().size()).sum()).isEqualTo(22);
        assertThat(catalog.rowEstimate()).isEqualTo(46_273);
        assertThat(table(catalog, "payment").rowEstimate()).isEqualTo(16_049);
        assertThat(table(catalog, "payment_p2007_03").rowEstimate()).isZero();

        assertThat(catalog.views()).extracting(ViewInfo::name).containsExactly("actor_info", "customer_list",
                "film_list", "nicer_but_slower_film_list", "sales_by_film_category", "sales_by_store", "staff_list");
        assertThat(view(catalog, "actor_info").definition()).containsIgnoringCase("group_concat");
        assertThat(catalog.routines()).filteredOn(r -> r.kind() == RoutineInfo.Kind.FUNCTION)
                .extracting(RoutineInfo::name).containsExactly("_group_concat", "film_in_stock", "film_not_in_stock",
                        "get_customer_balance", "inventory_held_by_customer", "inventory_in_stock", "last_day",
                        "last_updated", "rewards_report");
        assertThat(routine(catalog, "group_concat")).satisfies(aggregate -> {
            assertThat(aggregate.kind()).isEqualTo(RoutineInfo.Kind.AGGREGATE);
            assertThat(aggregate.body()).contains("SFUNC = _group_concat").contains("STYPE = text");
        });
        assertThat(routine(catalog, "film_in_stock")).satisfies(function -> {
            assertThat(function.signature())
                    .isEqualTo("p_film_id integer, p_store_id integer, OUT p_film_count integer");
            assertThat(function.returns()).isEqualTo("SETOF integer");
            assertThat(function.language()).isEqualTo("sql");
            assertThat(function.body()).startsWith("CREATE OR REPLACE FUNCTION public.film_in_stock(");
        });
        assertThat(routine(catalog, "get_customer_balance").language()).isEqualTo("plpgsql");

        assertThat(catalog.triggers()).filteredOn(t -> t.name().equals("last_updated")).hasSize(14)
                .allSatisfy(t -> {
                    assertThat(t.timing()).isEqualTo("BEFORE");
                    assertThat(t.events()).containsExactly("UPDATE");
                    assertThat(t.level()).isEqualTo("ROW");
                    assertThat(t.enabled()).isTrue();
                });
        assertThat(catalog.triggers()).filteredOn(t -> t.name().equals("film_fulltext_trigger")).singleElement()
                .satisfies(t -> {
                    assertThat(t.table()).isEqualTo("film");
                    assertThat(t.events()).containsExactly("INSERT", "UPDATE");
                    assertThat(t.body()).contains("tsvector_update_trigger");
                });

        assertThat(catalog.types()).containsExactly(
                new TypeInfo("public", "mpaa_rating", "ENUM", List.of("G", "PG", "PG-13", "R", "NC-17"), null, null),
                new TypeInfo("public", "year", "DOMAIN", List.of(), "integer",
                        "CONSTRAINT year_check CHECK (((VALUE >= 1901) AND (VALUE <= 2155)))"));

        assertThat(catalog.sequences()).extracting(SequenceInfo::name).contains("film_film_id_seq",
                "payment_payment_id_seq");
        assertThat(sequence(catalog, "film_film_id_seq").currentValue()).isEqualTo(1000L);

        TableInfo film = table(catalog, "film");
        assertThat(film.primaryKey()).containsExactly("film_id");
        assertThat(column(film, "film_id").defaultValue()).isEqualTo("nextval('film_film_id_seq'::regclass)");
        assertThat(column(film, "rental_rate").dataType()).isEqualTo("numeric(4,2)");
        assertThat(column(film, "rating").dataType()).isEqualTo("mpaa_rating");
        assertThat(column(film, "release_year").dataType()).isEqualTo("year");
        assertThat(column(film, "description").largeObject()).isTrue();
        assertThat(column(film, "title").largeObject()).isFalse();
        assertThat(column(film, "title").nullable()).isFalse();
        assertThat(index(film, "film_fulltext_idx").method()).isEqualTo("gist");
        assertThat(index(film, "film_pkey")).satisfies(pk -> {
            assertThat(pk.primary()).isTrue();
            assertThat(pk.unique()).isTrue();
            assertThat(pk.columns()).containsExactly("film_id");
        });
        assertThat(film.foreignKeys()).filteredOn(fk -> fk.name().equals("film_language_id_fkey")).singleElement()
                .satisfies(fk -> {
                    assertThat(fk.referencedTable()).isEqualTo("language");
                    assertThat(fk.onUpdate()).isEqualTo("CASCADE");
                    assertThat(fk.onDelete()).isEqualTo("RESTRICT");
                    assertThat(fk.deferrable()).isFalse();
                });
        assertThat(table(catalog, "payment").foreignKeys()).filteredOn(fk -> fk.name().equals("payment_rental_id_fkey"))
                .singleElement().extracting(ForeignKeyInfo::onDelete).isEqualTo("SET NULL");
        assertThat(index(table(catalog, "rental"), "idx_unq_rental_rental_date_inventory_id_customer_id"))
                .satisfies(unique -> {
                    assertThat(unique.unique()).isTrue();
                    assertThat(unique.primary()).isFalse();
                    assertThat(unique.columns()).containsExactly("rental_date", "inventory_id", "customer_id");
                });
        TableInfo january = table(catalog, "payment_p2007_01");
        assertThat(january.partitioning()).isNull();
        assertThat(january.checkConstraints()).singleElement().extracting(CheckConstraintInfo::expression)
                .asString().startsWith("CHECK (").contains("payment_date >= '2007-01-01 00:00:00'");
        assertThat(january.foreignKeys()).hasSize(3);
    }

    @Test
    void readsChinookAsTheCorporaReadmeCountsIt() throws Exception {
        Catalog catalog = new PostgresCatalogReader().read(postgres.dataSource(CHINOOK), CHINOOK);

        assertThat(catalog.tables()).extracting(TableInfo::name).containsExactly("album", "artist", "customer",
                "employee", "genre", "invoice", "invoice_line", "media_type", "playlist", "playlist_track", "track");
        assertThat(catalog.counts())
                .containsEntry("foreignKeys", 11)
                .containsEntry("indexes", 22)
                .containsEntry("primaryKeys", 11)
                .containsEntry("views", 0)
                .containsEntry("materializedViews", 0)
                .containsEntry("functions", 0)
                .containsEntry("procedures", 0)
                .containsEntry("aggregates", 0)
                .containsEntry("triggers", 0)
                .containsEntry("sequences", 0)
                .containsEntry("types", 0);
        assertThat(catalog.rowEstimate()).isEqualTo(15_607);
        assertThat(table(catalog, "track").rowEstimate()).isEqualTo(3_503);
        TableInfo employee = table(catalog, "employee");
        assertThat(employee.foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.columns()).containsExactly("reports_to");
            assertThat(fk.referencedTable()).isEqualTo("employee");
            assertThat(fk.referencedColumns()).containsExactly("employee_id");
        });
        assertThat(table(catalog, "playlist_track").primaryKey()).containsExactly("playlist_id", "track_id");
        assertThat(column(table(catalog, "invoice"), "total").dataType()).isEqualTo("numeric(10,2)");
    }

    @Test
    void countsTheSequencesOfIdentityColumnsInTheChinookIdentityVariant() throws Exception {
        Catalog catalog = new PostgresCatalogReader().read(postgres.dataSource(CHINOOK_IDENTITY), CHINOOK_IDENTITY);

        // The README: 0 sequences in the main script, 10 in the Serial and AutoIncrement (identity) variants.
        assertThat(catalog.tables()).hasSize(11);
        assertThat(catalog.counts()).containsEntry("sequences", 10).containsEntry("foreignKeys", 11)
                .containsEntry("indexes", 22);
        assertThat(column(table(catalog, "album"), "album_id").identity()).isEqualTo("ALWAYS");
        assertThat(sequence(catalog, "album_album_id_seq").currentValue()).isEqualTo(347L);
    }

    @Test
    void readsPartitioningIdentityGeneratedColumnsAndTheOtherKinds() throws Exception {
        Catalog catalog = new PostgresCatalogReader().read(postgres.dataSource(SHOP), SHOP);

        assertThat(catalog.partial()).isFalse();
        assertThat(catalog.schemas()).containsExactly("empty_one", "public", "shop");
        // Partitions are not tables: they are named in their root's partitioning.
        assertThat(catalog.tables()).extracting(TableInfo::name)
                .containsExactly("bucket", "customer", "order_line", "orders", "region");
        TableInfo orders = table(catalog, "orders");
        assertThat(orders.partitioning()).satisfies(p -> {
            assertThat(p.method()).isEqualTo("RANGE");
            assertThat(p.key()).isEqualTo("ordered_at");
            assertThat(p.partitions()).containsExactly("orders_2025", "orders_2026");
        });
        assertThat(table(catalog, "region").partitioning()).satisfies(p -> {
            assertThat(p.method()).isEqualTo("LIST");
            assertThat(p.partitions()).containsExactly("region_eu");
        });
        assertThat(table(catalog, "bucket").partitioning().method()).isEqualTo("HASH");
        assertThat(orders.rowEstimate()).isEqualTo(3); // rows of its partitions
        assertThat(orders.primaryKey()).containsExactly("id", "ordered_at");
        assertThat(column(orders, "id").identity()).isEqualTo("BY DEFAULT");
        assertThat(orders.indexes()).extracting(IndexInfo::name).containsExactly("orders_open", "orders_pkey");
        assertThat(index(orders, "orders_open")).satisfies(partial -> {
            assertThat(partial.columns()).containsExactly("customer_id");
            assertThat(partial.predicate()).isEqualTo("status = 'open'::text");
            assertThat(partial.expression()).isFalse();
        });
        assertThat(orders.foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.name()).isEqualTo("orders_customer_fk");
            assertThat(fk.onUpdate()).isEqualTo("SET NULL");
            assertThat(fk.onDelete()).isEqualTo("CASCADE");
            assertThat(fk.deferrable()).isTrue();
            assertThat(fk.initiallyDeferred()).isTrue();
        });
        // A foreign key to a partitioned table is one key, not one per partition.
        assertThat(table(catalog, "order_line").foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.columns()).containsExactly("order_id", "ordered_at");
            assertThat(fk.referencedColumns()).containsExactly("id", "ordered_at");
            assertThat(fk.onDelete()).isEqualTo("NO ACTION");
            assertThat(fk.deferrable()).isTrue();
            assertThat(fk.initiallyDeferred()).isFalse();
        });

        TableInfo customer = table(catalog, "customer");
        assertThat(customer.comment()).isEqualTo("People who buy");
        assertThat(customer.columns()).extracting(ColumnInfo::name)
                .containsExactly("id", "email", "first_name", "last_name", "full_name", "mood", "photo");
        assertThat(column(customer, "id").identity()).isEqualTo("ALWAYS");
        assertThat(column(customer, "id").defaultValue()).isNull();
        assertThat(column(customer, "email")).satisfies(email -> {
            assertThat(email.collation()).isEqualTo("C");
            assertThat(email.comment()).isEqualTo("Where we write");
            assertThat(email.nullable()).isFalse();
        });
        assertThat(column(customer, "first_name").collation()).isNull();
        assertThat(column(customer, "full_name")).satisfies(generated -> {
            assertThat(generated.generatedExpression()).contains("first_name").contains("last_name");
            assertThat(generated.defaultValue()).isNull();
        });
        assertThat(column(customer, "mood").defaultValue()).isEqualTo("'ok'::shop.mood");
        assertThat(column(customer, "photo").largeObject()).isTrue();
        assertThat(column(customer, "first_name").largeObject()).isFalse();
        assertThat(customer.uniqueConstraints()).singleElement().satisfies(u -> {
            assertThat(u.name()).isEqualTo("customer_email_key");
            assertThat(u.columns()).containsExactly("email");
        });
        assertThat(customer.checkConstraints()).singleElement().satisfies(check -> {
            assertThat(check.name()).isEqualTo("email_has_at");
            assertThat(check.expression()).isEqualTo("CHECK ((email ~~ '%@%'::text))");
        });
        assertThat(customer.indexes()).extracting(IndexInfo::name).containsExactly("customer_email_key",
                "customer_last_name", "customer_lower_email", "customer_pkey");
        assertThat(index(customer, "customer_lower_email")).satisfies(expression -> {
            assertThat(expression.columns()).containsExactly("lower(email)", "id");
            assertThat(expression.expression()).isTrue();
        });
        assertThat(index(customer, "customer_last_name").method()).isEqualTo("hash");
        assertThat(index(customer, "customer_email_key").unique()).isTrue();

        assertThat(catalog.views()).containsExactly(
                new ViewInfo("shop", "customer_totals", view(catalog, "customer_totals").definition(), true,
                        "Refreshed nightly"),
                new ViewInfo("shop", "open_orders", view(catalog, "open_orders").definition(), false, null));
        assertThat(view(catalog, "open_orders").definition()).contains("'open'::text");

        assertThat(catalog.sequences()).extracting(SequenceInfo::name)
                .containsExactly("customer_id_seq", "invoice_no", "orders_id_seq", "ticket_no");
        assertThat(sequence(catalog, "invoice_no")).isEqualTo(
                new SequenceInfo("shop", "invoice_no", "integer", 100, 10, 100L, 100_000L, true, null));
        assertThat(sequence(catalog, "ticket_no").currentValue()).isEqualTo(2L);
        assertThat(sequence(catalog, "orders_id_seq").currentValue()).isEqualTo(3L);

        assertThat(routine(catalog, "close_order")).satisfies(procedure -> {
            assertThat(procedure.kind()).isEqualTo(RoutineInfo.Kind.PROCEDURE);
            assertThat(procedure.signature()).isEqualTo("IN p_id bigint");
            assertThat(procedure.returns()).isNull();
            assertThat(procedure.language()).isEqualTo("plpgsql");
            assertThat(procedure.body()).startsWith("CREATE OR REPLACE PROCEDURE shop.close_order(IN p_id bigint)")
                    .contains("update shop.orders set status = 'closed'");
        });
        assertThat(routine(catalog, "add")).satisfies(function -> {
            assertThat(function.kind()).isEqualTo(RoutineInfo.Kind.FUNCTION);
            assertThat(function.signature()).isEqualTo("a integer, b integer DEFAULT 1");
            assertThat(function.returns()).isEqualTo("integer");
            assertThat(function.language()).isEqualTo("sql");
        });

        // The row trigger of the partitioned table once, not again for each partition.
        assertThat(catalog.triggers()).extracting(TriggerInfo::name)
                .containsExactly("customer_purge", "open_orders_insert", "orders_touch");
        assertThat(trigger(catalog, "customer_purge")).satisfies(t -> {
            assertThat(t.timing()).isEqualTo("AFTER");
            assertThat(t.events()).containsExactly("DELETE", "TRUNCATE");
            assertThat(t.level()).isEqualTo("STATEMENT");
            assertThat(t.enabled()).isFalse();
        });
        assertThat(trigger(catalog, "open_orders_insert")).satisfies(t -> {
            assertThat(t.table()).isEqualTo("open_orders");
            assertThat(t.timing()).isEqualTo("INSTEAD OF");
            assertThat(t.events()).containsExactly("INSERT");
            assertThat(t.level()).isEqualTo("ROW");
        });
        assertThat(trigger(catalog, "orders_touch")).satisfies(t -> {
            assertThat(t.timing()).isEqualTo("BEFORE");
            assertThat(t.events()).containsExactly("INSERT", "UPDATE");
            assertThat(t.body()).isEqualTo("CREATE TRIGGER orders_touch BEFORE INSERT OR UPDATE ON shop.orders"
                    + " FOR EACH ROW EXECUTE FUNCTION shop.touch()");
            assertThat(t.enabled()).isTrue();
        });

        assertThat(catalog.types()).containsExactly(
                new TypeInfo("shop", "money_pair", "COMPOSITE", List.of(), null,
                        "(amount numeric(12,2), currency character(3))"),
                new TypeInfo("shop", "mood", "ENUM", List.of("sad", "ok", "happy"), null, null),
                new TypeInfo("shop", "posint", "DOMAIN", List.of(), "integer",
                        "DEFAULT 1 NOT NULL CONSTRAINT posint_positive CHECK ((VALUE > 0))"));
        assertThat(catalog.extensions()).isEmpty();
    }

    @Test
    void leavesOutWhatBelongsToAnExtension() throws Exception {
        postgres.createDatabase(WITH_EXTENSION);
        try (Connection c = postgres.dataSource(WITH_EXTENSION).getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select count(*) from pg_available_extensions where name = 'citext'")) {
                rs.next();
                assumeThat(rs.getInt(1)).as("the citext extension (postgresql-contrib) is installed").isOne();
            }
            s.execute("create extension if not exists citext");
            s.execute("create table if not exists member (id int primary key, nick citext)");
            s.execute("create or replace function member_count() returns bigint language sql"
                    + " as 'select count(*) from member'");
        }

        Catalog catalog = new PostgresCatalogReader().read(postgres.dataSource(WITH_EXTENSION), WITH_EXTENSION);

        assertThat(catalog.extensions()).containsExactly("citext");
        assertThat(catalog.routines()).extracting(RoutineInfo::name).containsExactly("member_count");
        assertThat(catalog.types()).isEmpty();
        assertThat(column(table(catalog, "member"), "nick").dataType()).isEqualTo("citext");
    }

    /** Declarative partitioning, identity, generated column, partial and expression indexes, and the other kinds. */
    private static final String SHOP_SCHEMA = """
            create schema shop;
            create schema empty_one;
            create type shop.mood as enum ('sad', 'ok', 'happy');
            create domain shop.posint as integer default 1 not null constraint posint_positive check (value > 0);
            create type shop.money_pair as (amount numeric(12,2), currency char(3));
            create table shop.customer (
              id bigint generated always as identity primary key,
              email text collate "C" not null,
              first_name varchar(40),
              last_name varchar(40),
              full_name text generated always as (first_name || ' ' || last_name) stored,
              mood shop.mood default 'ok',
              photo bytea,
              constraint customer_email_key unique (email),
              constraint email_has_at check (email like '%@%'));
            comment on table shop.customer is 'People who buy';
            comment on column shop.customer.email is 'Where we write';
            create index customer_lower_email on shop.customer (lower(email), id);
            create index customer_last_name on shop.customer using hash (last_name);
            create table shop.orders (
              id bigint generated by default as identity,
              customer_id bigint,
              ordered_at date not null,
              total numeric(12,2),
              status text,
              primary key (id, ordered_at),
              constraint orders_customer_fk foreign key (customer_id) references shop.customer (id)
                on update set null on delete cascade deferrable initially deferred
            ) partition by range (ordered_at);
            create table shop.orders_2025 partition of shop.orders for values from ('2025-01-01') to ('2026-01-01');
            create table shop.orders_2026 partition of shop.orders for values from ('2026-01-01') to ('2027-01-01');
            create index orders_open on shop.orders (customer_id) where status = 'open';
            create table shop.order_line (
              order_id bigint not null,
              ordered_at date not null,
              line shop.posint,
              constraint order_line_order_fk foreign key (order_id, ordered_at) references shop.orders (id, ordered_at)
                deferrable);
            create table shop.region (code text not null) partition by list (code);
            create table shop.region_eu partition of shop.region for values in ('eu');
            create table shop.bucket (id int not null) partition by hash (id);
            create table shop.bucket_0 partition of shop.bucket for values with (modulus 2, remainder 0);
            create table shop.bucket_1 partition of shop.bucket for values with (modulus 2, remainder 1);
            create view shop.open_orders as select id, customer_id, total from shop.orders where status = 'open';
            create materialized view shop.customer_totals as
              select customer_id, sum(total) as total from shop.orders group by customer_id;
            comment on materialized view shop.customer_totals is 'Refreshed nightly';
            create procedure shop.close_order(p_id bigint) language plpgsql as $$
            begin
              update shop.orders set status = 'closed' where id = p_id;
            end $$;
            create function shop.touch() returns trigger language plpgsql as $$ begin return new; end $$;
            create function shop.add(a integer, b integer default 1) returns integer language sql immutable
              as 'select a + b';
            create trigger orders_touch before insert or update on shop.orders
              for each row execute function shop.touch();
            create trigger customer_purge after delete or truncate on shop.customer
              for each statement execute function shop.touch();
            alter table shop.customer disable trigger customer_purge;
            create trigger open_orders_insert instead of insert on shop.open_orders
              for each row execute function shop.touch();
            create sequence shop.invoice_no as integer start 100 increment 10 minvalue 100 maxvalue 100000 cycle;
            create sequence shop.ticket_no;
            select nextval('shop.ticket_no'), nextval('shop.ticket_no');
            insert into shop.customer (email, first_name, last_name) values ('ann@example.com', 'Ann', 'Lee');
            insert into shop.orders (customer_id, ordered_at, total, status)
              values (1, '2025-03-01', 10, 'open'), (1, '2026-03-01', 20, 'open'), (1, '2026-04-01', 5, 'paid');
            """;

    private static boolean hasTable(String database, String table) throws Exception {
        try (Connection c = postgres.dataSource(database).getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select to_regclass('public." + table + "') is not null")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
