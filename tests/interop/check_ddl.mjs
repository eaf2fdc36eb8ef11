// Runs ecomgen's DuckDB DDL in DuckDB: `ecomgen ddl --dialect duckdb` must execute on an empty
// database, and `ecomgen ddl --dialect duckdb --parquet-dir DIR` must build a database from a
// Parquet run whose tables match the CSV of the same run: row counts, money sums to the cent,
// and every foreign key resolving (DuckDB also enforces the declared keys while loading).
// The CSV is parsed here, in JavaScript, so the comparison shares no reader with DuckDB.
// Usage: node check_ddl.mjs path/to/ecomgen CSV_DIR PARQUET_DIR
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

const [ecomgen, csvDir, parquetDir] = process.argv.slice(2);
if (!parquetDir) {
  console.error('usage: node check_ddl.mjs path/to/ecomgen CSV_DIR PARQUET_DIR');
  process.exit(2);
}
let failures = 0;
const fail = (message) => {
  console.error(`FAIL ${message}`);
  failures++;
};
const open = async () => {
  const db = await (await DuckDBInstance.create(':memory:')).connect();
  await db.run("SET TimeZone='UTC'");
  return db;
};

// The bare schema runs on an empty database, comments included.
const empty = await open();
await empty.run(execFileSync(ecomgen, ['ddl', '--dialect', 'duckdb'], { encoding: 'utf8' }));
const comments = (await empty.runAndReadAll(
  "SELECT count(*)::INT AS n FROM duckdb_columns() WHERE NOT internal AND (comment IS NULL OR comment = '')")).getRowObjects();
const described = (await empty.runAndReadAll(
  "SELECT count(*)::INT AS n FROM duckdb_columns() WHERE NOT internal")).getRowObjects();
if (described[0].n < 100) fail(`only ${described[0].n} columns created`);
if (comments[0].n !== 0) fail(`${comments[0].n} columns without a comment`);

// The loaded run.
const db = await open();
await db.run(execFileSync(ecomgen, ['ddl', '--dialect', 'duckdb', '--parquet-dir', parquetDir],
                          { encoding: 'utf8' }));
const one = async (sql) => Object.values((await db.runAndReadAll(sql)).getRowObjects()[0])[0];

// The CSV of a table: header and rows, fields split by RFC 4180 rules.
const readCsv = (table) => {
  const file = fs.readdirSync(csvDir).find((name) => name.endsWith(`_${table}.csv`));
  const text = fs.readFileSync(path.join(csvDir, file), 'utf8');
  const records = [];
  let record = [], field = '', quoted = false;
  for (let pos = 0; pos < text.length; pos++) {
    const c = text[pos];
    if (quoted) {
      if (c === '"' && text[pos + 1] === '"') { field += '"'; pos++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { record.push(field); field = ''; }
    else if (c === '\n') { record.push(field); records.push(record); record = []; field = ''; }
    else field += c;
  }
  return { header: records[0], rows: records.slice(1) };
};
const cents = (text) => {
  const [whole, frac = ''] = text.replace('-', '').split('.');
  const value = BigInt(whole) * 100n + BigInt((frac + '00').slice(0, 2));
  return text.startsWith('-') ? -value : value;
};

const tables = ['customers', 'suppliers', 'products', 'campaigns', 'orders', 'order_items',
                'support_tickets', 'cart_abandonment', 'returns', 'system_metrics'];
const sums = { orders: 'total_amount', order_items: 'line_total', returns: 'refund_amount',
               products: 'list_price', cart_abandonment: 'cart_value' };
for (const table of tables) {
  const csv = readCsv(table);
  const count = Number(await one(`SELECT count(*) FROM ${table}`));
  if (count !== csv.rows.length) fail(`${table}: DuckDB has ${count} rows, the CSV ${csv.rows.length}`);
  const column = sums[table];
  if (column) {
    const col = csv.header.indexOf(column);
    const expected = csv.rows.reduce((sum, row) => sum + cents(row[col]), 0n);
    const actual = BigInt(await one(`SELECT CAST(sum(${column}) * 100 AS HUGEINT)::VARCHAR FROM ${table}`));
    if (actual !== expected) fail(`${table}.${column}: DuckDB sums ${actual} cents, the CSV ${expected}`);
  }
}
const keys = [['products', 'supplier_id', 'suppliers'], ['orders', 'customer_id', 'customers'],
              ['orders', 'campaign_id', 'campaigns'], ['order_items', 'order_id', 'orders'],
              ['order_items', 'product_id', 'products'], ['support_tickets', 'customer_id', 'customers'],
              ['support_tickets', 'order_id', 'orders'], ['cart_abandonment', 'customer_id', 'customers'],
              ['returns', 'order_id', 'orders'], ['returns', 'order_item_id', 'order_items'],
              ['returns', 'customer_id', 'customers'], ['returns', 'product_id', 'products']];
for (const [table, column, target] of keys) {
  const dangling = Number(await one(
    `SELECT count(*) FROM ${table} t WHERE t.${column} IS NOT NULL AND NOT EXISTS ` +
    `(SELECT 1 FROM ${target} p WHERE p.${column} = t.${column})`));
  if (dangling !== 0) fail(`${table}.${column}: ${dangling} rows point at no ${target} row`);
}
const declared = Number(await one(
  "SELECT count(*) FROM duckdb_constraints() WHERE constraint_type = 'FOREIGN KEY'"));
if (declared !== keys.length) fail(`DuckDB holds ${declared} foreign keys, expected ${keys.length}`);
if (failures > 0) process.exit(1);
console.log(`ddl: DuckDB schema and load of ${parquetDir} match the CSV`);
