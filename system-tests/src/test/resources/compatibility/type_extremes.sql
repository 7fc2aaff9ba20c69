-- The type_extremes database of the compatibility benchmark (CompatibilityBenchmarkIT): one column of every MySQL
-- type that the corpora and real schemas use, and rows with the values a converter most easily loses. Hand-written.
-- Loaded with the mariadb client under a permissive sql_mode, as old MySQL applications wrote their data.
-- A tool may drop a whole table when PostgreSQL rejects one of its values (pgloader does), which in type_extremes would
-- hide what happens to every other type; so each column is also copied alone, with the key, into
-- type_extremes_<column>.
SET SESSION sql_mode = 'NO_ENGINE_SUBSTITUTION';
SET SESSION time_zone = '+00:00';
SET NAMES utf8mb4;

CREATE TABLE type_extremes (
  id            int NOT NULL PRIMARY KEY,
  c_bool        tinyint(1),
  c_tinyint     tinyint,
  c_tinyint_u   tinyint unsigned,
  c_smallint    smallint,
  c_smallint_u  smallint unsigned,
  c_mediumint   mediumint,
  c_mediumint_u mediumint unsigned,
  c_int         int,
  c_int_u       int unsigned,
  c_bigint      bigint,
  c_bigint_u    bigint unsigned,
  c_decimal     decimal(65,30),
  c_float       float,
  c_double      double,
  c_bit1        bit(1),
  c_bit64       bit(64),
  c_year        year,
  c_date        date,
  c_datetime    datetime(6),
  c_timestamp   timestamp NULL DEFAULT NULL,
  c_time        time,
  c_char        char(10),
  c_varchar     varchar(255),
  c_text        text,
  c_longtext    longtext,
  c_blob        blob,
  c_binary      binary(16),
  c_varbinary   varbinary(255),
  c_enum        enum('small','medium','large'),
  c_set         set('red','green','blue'),
  c_json        json
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 1: the lowest values of each type
INSERT INTO type_extremes VALUES (1, -1, -128, 0, -32768, 0, -8388608, 0, -2147483648, 0, -9223372036854775808, 0,
  -99999999999999999999999999999999999.999999999999999999999999999999, -3.4028234663852886e38,
  -1.7976931348623157e308, b'0', b'0', 1901, '1000-01-01', '1000-01-01 00:00:00.000000', '1970-01-01 00:00:01',
  '-838:59:59', '', '', '', '', '', x'00000000000000000000000000000000', x'00', 'small', '', '{}');

-- 2: the highest values of each type, 4-byte UTF-8, trailing spaces, zero bytes inside binary values
INSERT INTO type_extremes VALUES (2, 2, 127, 255, 32767, 65535, 8388607, 16777215, 2147483647, 4294967295,
  9223372036854775807, 18446744073709551615,
  99999999999999999999999999999999999.999999999999999999999999999999, 3.4028234663852886e38,
  1.7976931348623157e308, b'1', b'1111111111111111111111111111111111111111111111111111111111111111', 2155,
  '9999-12-31', '9999-12-31 23:59:59.999999', '2038-01-19 03:14:07', '838:59:59', 'abc',
  'trailing spaces   ', 'emoji 😀 clef 𝄞 han 中文', 'quote '' backslash \\ newline \n tab \t end',
  x'00FF00', x'000102030405060708090A0B0C0D0E0F', x'000000', 'large', 'red,green,blue',
  '{"k": [1, 2.50, "😀"], "n": null}');

-- 3: zero dates, the zero year, inexact binary fractions, an empty enum (an invalid value stored as '')
INSERT INTO type_extremes VALUES (3, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 9223372036854775808,
  0.000000000000000000000000000001, 0.1, 0.1, b'1', b'1000000000000000000000000000000000000000000000000000000000000000',
  0, '0000-00-00', '0000-00-00 00:00:00', '0000-00-00 00:00:00', '24:00:00', 'x', '  leading', 'plain', 'plain',
  x'', x'FF', x'', '', 'blue,red', 'null');

-- 4: zero parts in dates, a negative time under a second, a tinyint(1) of 100
INSERT INTO type_extremes VALUES (4, 100, -1, 128, -1, 32768, -1, 8388608, -1, 2147483648, -1,
  9223372036854775807, 1.5, 16777217, 0.30000000000000004, b'0', b'101', 2000, '2020-00-15',
  '2020-02-00 12:00:00.5', '2000-02-29 12:00:00', '-00:00:01', 'trail  ', 'x', 'x', 'x', x'00', x'01', x'01',
  'medium', 'green', '[1, 2, 3]');

-- 5: NULL in every column but the key
INSERT INTO type_extremes (id) VALUES (5);

-- each column alone (CREATE TABLE ... SELECT keeps its type, values and json check)
CREATE TABLE type_extremes_bool (PRIMARY KEY (id)) SELECT id, c_bool FROM type_extremes;
CREATE TABLE type_extremes_tinyint (PRIMARY KEY (id)) SELECT id, c_tinyint FROM type_extremes;
CREATE TABLE type_extremes_tinyint_u (PRIMARY KEY (id)) SELECT id, c_tinyint_u FROM type_extremes;
CREATE TABLE type_extremes_smallint (PRIMARY KEY (id)) SELECT id, c_smallint FROM type_extremes;
CREATE TABLE type_extremes_smallint_u (PRIMARY KEY (id)) SELECT id, c_smallint_u FROM type_extremes;
CREATE TABLE type_extremes_mediumint (PRIMARY KEY (id)) SELECT id, c_mediumint FROM type_extremes;
CREATE TABLE type_extremes_mediumint_u (PRIMARY KEY (id)) SELECT id, c_mediumint_u FROM type_extremes;
CREATE TABLE type_extremes_int (PRIMARY KEY (id)) SELECT id, c_int FROM type_extremes;
CREATE TABLE type_extremes_int_u (PRIMARY KEY (id)) SELECT id, c_int_u FROM type_extremes;
CREATE TABLE type_extremes_bigint (PRIMARY KEY (id)) SELECT id, c_bigint FROM type_extremes;
CREATE TABLE type_extremes_bigint_u (PRIMARY KEY (id)) SELECT id, c_bigint_u FROM type_extremes;
CREATE TABLE type_extremes_decimal (PRIMARY KEY (id)) SELECT id, c_decimal FROM type_extremes;
CREATE TABLE type_extremes_float (PRIMARY KEY (id)) SELECT id, c_float FROM type_extremes;
CREATE TABLE type_extremes_double (PRIMARY KEY (id)) SELECT id, c_double FROM type_extremes;
CREATE TABLE type_extremes_bit1 (PRIMARY KEY (id)) SELECT id, c_bit1 FROM type_extremes;
CREATE TABLE type_extremes_bit64 (PRIMARY KEY (id)) SELECT id, c_bit64 FROM type_extremes;
CREATE TABLE type_extremes_year (PRIMARY KEY (id)) SELECT id, c_year FROM type_extremes;
CREATE TABLE type_extremes_date (PRIMARY KEY (id)) SELECT id, c_date FROM type_extremes;
CREATE TABLE type_extremes_datetime (PRIMARY KEY (id)) SELECT id, c_datetime FROM type_extremes;
CREATE TABLE type_extremes_timestamp (PRIMARY KEY (id)) SELECT id, c_timestamp FROM type_extremes;
CREATE TABLE type_extremes_time (PRIMARY KEY (id)) SELECT id, c_time FROM type_extremes;
CREATE TABLE type_extremes_char (PRIMARY KEY (id)) SELECT id, c_char FROM type_extremes;
CREATE TABLE type_extremes_varchar (PRIMARY KEY (id)) SELECT id, c_varchar FROM type_extremes;
CREATE TABLE type_extremes_text (PRIMARY KEY (id)) SELECT id, c_text FROM type_extremes;
CREATE TABLE type_extremes_longtext (PRIMARY KEY (id)) SELECT id, c_longtext FROM type_extremes;
CREATE TABLE type_extremes_blob (PRIMARY KEY (id)) SELECT id, c_blob FROM type_extremes;
CREATE TABLE type_extremes_binary (PRIMARY KEY (id)) SELECT id, c_binary FROM type_extremes;
CREATE TABLE type_extremes_varbinary (PRIMARY KEY (id)) SELECT id, c_varbinary FROM type_extremes;
CREATE TABLE type_extremes_enum (PRIMARY KEY (id)) SELECT id, c_enum FROM type_extremes;
CREATE TABLE type_extremes_set (PRIMARY KEY (id)) SELECT id, c_set FROM type_extremes;
CREATE TABLE type_extremes_json (PRIMARY KEY (id)) SELECT id, c_json FROM type_extremes;
