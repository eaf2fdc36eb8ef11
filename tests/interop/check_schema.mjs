// Checks `ecomgen schema` with Ajv, a JSON Schema validator that shares no code with
// ecomgen: every built-in scenario's `ecomgen show` output must validate, a partial config
// must validate, and configs that ecomgen rejects for their shape (an unknown key, a wrong
// type, a value out of range, a malformed duration) must fail validation too.
// Usage: node check_schema.mjs path/to/ecomgen
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';

const ecomgen = process.argv[2];
if (!ecomgen) {
  console.error('usage: node check_schema.mjs path/to/ecomgen');
  process.exit(2);
}
const run = (...args) => execFileSync(ecomgen, args, { encoding: 'utf8' });

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(JSON.parse(run('schema')));
let failures = 0;
const fail = (message) => {
  console.error(`FAIL ${message}`);
  failures++;
};

const scenarios = run('list').split('\n').filter(Boolean).map((line) => line.split(/\s+/)[0]);
if (scenarios.length !== 9) fail(`expected 9 built-in scenarios, got ${scenarios.length}`);
for (const scenario of scenarios) {
  const config = JSON.parse(run('show', scenario));
  if (!validate(config)) {
    fail(`show ${scenario}: ${ajv.errorsText(validate.errors)}`);
  } else {
    console.log(`ok   show ${scenario} validates`);
  }
}

const partial = { name: 'my_sale', extends: 'flash_sale', intensity: 5 };
if (!validate(partial)) fail(`partial config: ${ajv.errorsText(validate.errors)}`);
else console.log('ok   a partial config validates');

// Broken variants of `show baseline`: the schema must reject each, and so must ecomgen (the
// schema promises no more than the loader enforces).
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ecomgen-schema-'));
const broken = [
  ['an unknown top-level key', (c) => { c.intensty = c.intensity; }],
  ['an unknown nested key', (c) => { c.cohorts.gen_z.shar_pct = 28; }],
  ['a string for a number', (c) => { c.intensity = 'high'; }],
  ['a number for a string', (c) => { c.duration = 30; }],
  ['a value out of range', (c) => { c.discount.pct = 150; }],
  ['an unknown category', (c) => { c.discount.categories = ['toys']; }],
  ['a malformed duration', (c) => { c.duration = '8x'; }],
  ['a malformed start', (c) => { c.start = 'yesterday'; }],
  ['a non-object config', () => [1, 2, 3]],
];
try {
  for (const [what, breakIt] of broken) {
    const config = JSON.parse(run('show', 'baseline'));
    const changed = breakIt(config) ?? config;
    if (validate(changed)) fail(`the schema accepts ${what}`);
    const file = path.join(work, 'broken.json');
    fs.writeFileSync(file, JSON.stringify(changed));
    const loaded = spawnSync(ecomgen, ['show', 'custom', '--config', file], { encoding: 'utf8' });
    if (loaded.status !== 2) fail(`ecomgen accepts ${what} (exit ${loaded.status})`);
    if (validate(changed) === false && loaded.status === 2) console.log(`ok   ${what} is rejected`);
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
if (failures > 0) {
  console.error(`${failures} schema check(s) failed`);
  process.exit(1);
}
