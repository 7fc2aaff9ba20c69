-- Fills the tables of shop-schema.sql with deterministic rows: the same scale always gives the same data
-- (every value is computed from the row number; no random(), no now()). Hand-written.
-- psql variable "scale" (default 1): 1000*scale customers, 200*scale products, 3000*scale orders and about
-- 7500*scale order lines.
\if :{?scale}
\else
\set scale 1
\endif

begin;

insert into customers (id, email, full_name, country, marketing_opt_in, profile, created_at)
select i,
       'customer' || i || '@example.com',
       (array['Ada', 'Bruno', 'Chiara', 'Dmitri', 'Elif', 'Farid', 'Greta', 'Hiro', 'Ines', 'Jonas'])[1 + i % 10]
           || ' ' ||
       (array['Keller', 'Lopez', 'Mbeki', 'Nakamura', 'Olsen', 'Petrov', 'Quinn', 'Rossi', 'Silva'])[1 + (i / 10) % 9],
       (array['DE', 'FR', 'IT', 'ES', 'PL', 'SE', 'US', 'BR', 'JP', 'IN', 'ZA'])[1 + i % 11],
       i % 3 = 0,
       case when i % 10 = 0 then null
            else jsonb_build_object('tier', (array['bronze', 'silver', 'gold'])[1 + i % 3],
                                    'newsletter', i % 3 = 0,
                                    'tags', jsonb_build_array('t' || (i % 5), 't' || (i % 7)))
       end,
       timestamptz '2024-01-01 00:00:00+00' + i * interval '7 hours 13 minutes'
from generate_series(1, 1000 * :scale) as i;

insert into products (id, sku, name, price, active, attributes, created_at)
select i,
       'SKU-' || lpad(i::text, 6, '0'),
       (array['Red', 'Blue', 'Green', 'Black', 'White', 'Silver', 'Oak', 'Steel'])[1 + i % 8]
           || ' ' ||
       (array['Chair', 'Lamp', 'Table', 'Mug', 'Shelf', 'Desk', 'Rug', 'Clock', 'Vase', 'Bench'])[1 + (i / 8) % 10],
       ((i * 3733) % 49900 + 99) / 100.0,
       i % 17 <> 0,
       jsonb_build_object('color', (array['red', 'blue', 'green', 'black', 'white', 'silver', 'oak', 'steel'])[1 + i % 8],
                          'weight_g', (i * 131) % 5000 + 50,
                          'fragile', i % 4 = 0),
       timestamptz '2023-06-01 08:00:00+00' + i * interval '1 day 3 hours'
from generate_series(1, 200 * :scale) as i;

insert into orders (id, customer_id, status, placed_at, shipping, note)
select i,
       (i * 7919) % (1000 * :scale) + 1,
       (array['new', 'paid', 'paid', 'shipped', 'shipped', 'delivered', 'delivered', 'delivered', 'cancelled'])[1 + i % 9],
       timestamptz '2024-03-01 00:00:00+00' + i * interval '2 hours 31 minutes 7 seconds',
       jsonb_build_object('method', (array['standard', 'express', 'pickup'])[1 + i % 3],
                          'address', jsonb_build_object('city', (array['Berlin', 'Lyon', 'Turin', 'Porto', 'Osaka'])[1 + i % 5],
                                                        'zip', lpad(((i * 97) % 99999)::text, 5, '0'))),
       case when i % 13 = 0 then 'gift wrap, order ' || i else null end
from generate_series(1, 3000 * :scale) as i;

insert into order_items (order_id, line_no, product_id, quantity, unit_price)
select o.id, l.line_no, p.id, 1 + (o.id + l.line_no) % 5, p.price
from orders o
cross join lateral generate_series(1, 1 + (o.id::int * 5) % 4) as l(line_no)
join products p on p.id = ((o.id * 31 + l.line_no * 17) % (200 * :scale)) + 1;

update orders o
set total = s.total
from (select order_id, sum(quantity * unit_price) as total from order_items group by order_id) s
where s.order_id = o.id;

-- Identity columns continue after the generated ids.
select setval(pg_get_serial_sequence('customers', 'id'), (select max(id) from customers));
select setval(pg_get_serial_sequence('products', 'id'), (select max(id) from products));
select setval(pg_get_serial_sequence('orders', 'id'), (select max(id) from orders));

commit;

analyze customers;
analyze products;
analyze orders;
analyze order_items;
