/**
 * Conformance runner: `npm run vectors -- FILE.json [...]` (no args: every tests/vectors/*.json).
 * Feeds each case through the engine's public API via tests/vectors/adapters, prints one line per
 * failing figure, ends with `N passed, M failed`, and exits 1 when anything failed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAdapter } from '../tests/vectors/load-adapter';
import { formatFailure, runCases } from '../tests/vectors/runner-core';

const vectorsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'vectors');
const args = process.argv.slice(2).filter((a) => a !== '--');
const files =
  args.length > 0
    ? args.map((a) => resolve(a))
    : readdirSync(vectorsDir)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => join(vectorsDir, f));

let passed = 0;
let failed = 0;
for (const file of files) {
  let cases: unknown;
  try {
    cases = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.log(`FAIL ${file} (file): expected a JSON array of cases, actual ${String(error)}`);
    failed++;
    continue;
  }
  if (!Array.isArray(cases)) {
    console.log(`FAIL ${file} (file): expected a JSON array of cases, actual ${typeof cases}`);
    failed++;
    continue;
  }
  const summary = await runCases(cases, loadAdapter);
  for (const f of summary.failures) console.log(formatFailure(f));
  passed += summary.passed;
  failed += summary.failed;
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
