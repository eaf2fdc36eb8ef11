// Reads an `ecomgen stream` NDJSON file with DuckDB, as the README's DuckDB recipe does, and
// compares it to the CSV files of the same run: per table, the rows of the stream (its
// "row" objects, read as JSON by DuckDB) must equal the CSV rows (EXCEPT ALL, both
// directions): text exactly, numbers by value (DuckDB's JSON reader reprints numbers, so
// 12.50 comes back as 12.5; the exact digits are checked by the unit tests), and the event
// times must never go back.
// Usage: node check_stream.mjs STREAM.ndjson CSV_DIR
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

const [streamFile, csvDir] = process.argv.slice(2);
if (!streamFile || !csvDir) {
  console.error('usage: node check_stream.mjs STREAM.ndjson CSV_DIR');
  process.exit(2);
}
const streamed = ['orders', 'order_items', 'cart_abandonment', 'support_tickets', 'returns',
                  'system_metrics'];
const tableOf = (file) => file.replace(/^.*_\d{8}_\d{6}_/, '').replace(/\.csv$/, '');
const quote = (text) => `'${text.replaceAll("'", "''")}'`;

const db = await DuckDBInstance.create(':memory:');
const con = await db.connect();
const rows = async (sql) => (await con.runAndReadAll(sql)).getRowObjects();
// Each line as one JSON value, so every "row" keeps its own columns.
await con.run(`CREATE TABLE events AS SELECT row_number() OVER () AS line, json AS event
               FROM read_ndjson_objects(${quote(streamFile)})`);

let failures = 0;
const back = await rows(`SELECT count(*) AS n FROM (
    SELECT event->>'ts' AS ts, lag(event->>'ts') OVER (ORDER BY line) AS prev FROM events)
  WHERE ts < prev`);
if (Number(back[0].n) !== 0) {
  console.error(`event time goes back ${back[0].n} times`);
  failures++;
}
for (const file of fs.readdirSync(csvDir).filter((f) => f.endsWith('.csv')).sort()) {
  const table = tableOf(file);
  if (!streamed.includes(table)) continue;
  const csvPath = path.join(csvDir, file);
  const header = fs.readFileSync(csvPath, 'utf8').split('\n', 1)[0].split(',');
  // CSV as text (NULL for an empty field), and the stream's values as the text JSON gives them
  // (strings unquoted, numbers as written: money keeps its two decimals).
  // Numeric text, on either side, becomes the text of its double.
  const norm = (text) => `CASE WHEN regexp_full_match(${text}, '-?[0-9]+(\\.[0-9]+)?')
                               THEN CAST(CAST(${text} AS DOUBLE) AS VARCHAR) ELSE ${text} END`;
  const csvColumns = header.map((name) => `${norm(`"${name}"`)} AS "${name}"`);
  await con.run(`CREATE OR REPLACE TABLE csv_rows AS SELECT ${csvColumns.join(',')}
                 FROM read_csv(${quote(csvPath)}, header=true, all_varchar=true)`);
  const columns = header.map((name) => `${norm(`
      CASE WHEN json_type(event->'row'->${quote(name)}) IN ('VARCHAR') THEN event->'row'->>${quote(name)}
           WHEN json_type(event->'row'->${quote(name)}) = 'NULL' THEN NULL
           ELSE CAST(event->'row'->${quote(name)} AS VARCHAR) END`)} AS "${name}"`);
  await con.run(`CREATE OR REPLACE TABLE stream_rows AS SELECT ${columns.join(',')}
                 FROM events WHERE event->>'table' = ${quote(table)}`);
  const counts = await rows(`SELECT (SELECT count(*) FROM csv_rows) AS csv,
      (SELECT count(*) FROM stream_rows) AS stream,
      (SELECT count(*) FROM (SELECT * FROM csv_rows EXCEPT ALL SELECT * FROM stream_rows)) AS only_csv,
      (SELECT count(*) FROM (SELECT * FROM stream_rows EXCEPT ALL SELECT * FROM csv_rows)) AS only_stream`);
  const c = counts[0];
  const ok = Number(c.csv) > 0 && c.csv === c.stream && Number(c.only_csv) === 0 &&
             Number(c.only_stream) === 0;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${table}: ${c.csv} CSV rows, ${c.stream} streamed, ` +
              `${c.only_csv} only in CSV, ${c.only_stream} only in the stream`);
  if (!ok) {
    failures++;
    console.error(await rows(`SELECT * FROM (SELECT * FROM stream_rows EXCEPT ALL
                                             SELECT * FROM csv_rows) LIMIT 3`));
  }
}
process.exit(failures === 0 ? 0 : 1);
