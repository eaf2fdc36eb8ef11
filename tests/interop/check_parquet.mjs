// Checks a Parquet run against the CSV run of the same seed and config, with two readers that
// share no code with ecomgen (or each other):
//   - DuckDB (C++): the Parquet schema must have the contract's types and nullability, and
//     the Parquet rows must equal the CSV rows exactly (EXCEPT ALL, both directions, after
//     reading the CSV text as the Parquet column types);
//   - hyparquet (JavaScript): row count and per-column NULL counts must agree with DuckDB.
// Usage: node check_parquet.mjs CSV_DIR PARQUET_DIR
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';

const [csvDir, parquetDir] = process.argv.slice(2);
if (!csvDir || !parquetDir) {
  console.error('usage: node check_parquet.mjs CSV_DIR PARQUET_DIR');
  process.exit(2);
}

// Contract section 2: the Parquet type of each kind of column, by name pattern.
function expectedType(name) {
  if (/_ts$/.test(name)) return 'TIMESTAMP WITH TIME ZONE';
  if (/(_date)$/.test(name)) return 'DATE';
  if (/^(subtotal|discount_amount|shipping_fee|tax_amount|total_amount|unit_price|line_total|list_price|unit_cost|budget|spend|refund_amount|cart_value|discount_pct)$/.test(name)) {
    return 'DECIMAL(18,2)';
  }
  return null;
}

const tableOf = (file) => file.replace(/^.*_\d{8}_\d{6}_/, '').replace(/\.(csv|parquet)$/, '');
const filesIn = (dir, ext) =>
  Object.fromEntries(fs.readdirSync(dir).filter((f) => f.endsWith(ext)).map((f) => [tableOf(f), path.join(dir, f)]));

const csvFiles = filesIn(csvDir, '.csv');
const parquetFiles = filesIn(parquetDir, '.parquet');
const db = await (await DuckDBInstance.create(':memory:')).connect();
await db.run("SET TimeZone='UTC'");
const rows = async (sql) => (await db.runAndReadAll(sql)).getRowObjects();
const quote = (s) => `'${s.replaceAll("'", "''")}'`;
const ident = (s) => `"${s.replaceAll('"', '""')}"`;

let failures = 0;
const fail = (msg) => { failures++; console.log(`FAIL ${msg}`); };
if (Object.keys(parquetFiles).length !== Object.keys(csvFiles).length) {
  fail(`${Object.keys(parquetFiles).length} parquet files vs ${Object.keys(csvFiles).length} csv files`);
}
for (const [table, parquetPath] of Object.entries(parquetFiles)) {
  const csvPath = csvFiles[table];
  if (!csvPath) { fail(`${table}: no CSV counterpart`); continue; }
  const schema = await rows(`DESCRIBE SELECT * FROM read_parquet(${quote(parquetPath)})`);
  const header = fs.readFileSync(csvPath, 'utf8').split('\n', 1)[0].split(',');
  const names = schema.map((c) => c.column_name);
  if (names.join(',') !== header.join(',')) fail(`${table}: column names/order differ from the CSV header`);
  for (const column of schema) {
    const want = expectedType(column.column_name);
    if (want && column.column_type !== want) fail(`${table}.${column.column_name}: ${column.column_type}, expected ${want}`);
  }
  // Nullability straight from the Parquet schema: REQUIRED vs OPTIONAL.
  const meta = await rows(`SELECT name, repetition_type FROM parquet_schema(${quote(parquetPath)}) WHERE num_children IS NULL`);
  const csvAsTyped = schema
    .map((c) => `CAST(${ident(c.column_name)} AS ${c.column_type}) AS ${ident(c.column_name)}`)
    .join(', ');
  const csvSql = `SELECT ${csvAsTyped} FROM read_csv(${quote(csvPath)}, header=true, all_varchar=true, quote='"', escape='"')`;
  const parquetSql = `SELECT * FROM read_parquet(${quote(parquetPath)})`;
  const [{ n: onlyParquet }] = await rows(`SELECT count(*)::INTEGER AS n FROM (${parquetSql} EXCEPT ALL ${csvSql})`);
  const [{ n: onlyCsv }] = await rows(`SELECT count(*)::INTEGER AS n FROM (${csvSql} EXCEPT ALL ${parquetSql})`);
  const [{ n: total }] = await rows(`SELECT count(*)::INTEGER AS n FROM read_parquet(${quote(parquetPath)})`);
  if (onlyParquet !== 0 || onlyCsv !== 0) fail(`${table}: ${onlyParquet} rows only in Parquet, ${onlyCsv} only in CSV`);
  for (const m of meta) {
    if (m.repetition_type === 'REQUIRED') {
      const [{ n }] = await rows(`SELECT count(*)::INTEGER AS n FROM read_parquet(${quote(parquetPath)}) WHERE ${ident(m.name)} IS NULL`);
      if (n !== 0) fail(`${table}.${m.name}: REQUIRED column holds ${n} NULLs`);
    }
  }

  // The second reader.
  const file = await asyncBufferFromFile(parquetPath);
  const objects = await parquetReadObjects({ file, compressors });
  if (objects.length !== total) fail(`${table}: hyparquet reads ${objects.length} rows, DuckDB ${total}`);
  for (const name of names) {
    const jsNulls = objects.reduce((count, row) => count + (row[name] === null || row[name] === undefined ? 1 : 0), 0);
    const [{ n: dbNulls }] = await rows(`SELECT count(*)::INTEGER AS n FROM read_parquet(${quote(parquetPath)}) WHERE ${ident(name)} IS NULL`);
    if (jsNulls !== dbNulls) fail(`${table}.${name}: hyparquet sees ${jsNulls} NULLs, DuckDB ${dbNulls}`);
  }
  console.log(`ok   ${table}: ${total} rows, ${names.length} columns, Parquet == CSV`);
}
console.log(failures === 0 ? 'interop: all tables agree' : `interop: ${failures} failures`);
process.exit(failures === 0 ? 0 : 1);
