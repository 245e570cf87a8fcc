// Every built page through the Nu HTML Checker (the W3C validator, npm vnu-jar), in one JVM: prints each error
// with its page and line, and fails when there is one. Run after the build; `npm run java:ensure` provides Java.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const jar = String(createRequire(import.meta.url)('vnu-jar'));
const java = process.env.JAVA_HOME ? `${process.env.JAVA_HOME}/bin/java` : 'java';

const htmlFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });

const files = htmlFiles(dist);
if (files.length === 0) {
  console.error(`No HTML under ${dist}/: run \`npm run build\` first.`);
  process.exit(1);
}
// --errors-only: warnings are advice, not validity. JSON goes to stderr.
const run = spawnSync(java, ['-jar', jar, '--errors-only', '--skip-non-html', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (run.error) {
  console.error(`Could not start Java (${run.error.message}): run \`npm run java:ensure\`.`);
  process.exit(1);
}
let messages;
try {
  messages = JSON.parse(run.stderr).messages;
} catch {
  console.error(`The Nu HTML Checker gave no report (exit ${run.status}):\n${run.stderr}${run.stdout}`);
  process.exit(1);
}
const errors = messages.filter((m) => m.type === 'error' || m.subType === 'fatal' || m.type === 'non-document-error');
for (const m of errors) {
  const page = m.url ? relative(dist, decodeURIComponent(new URL(m.url).pathname)) : '(checker)';
  console.error(`${page}:${m.lastLine ?? '?'}: ${m.message}${m.extract ? `\n    ${m.extract.trim().slice(0, 160)}` : ''}`);
}
console.log(`Nu HTML Checker: ${errors.length} error${errors.length === 1 ? '' : 's'} in ${files.length} pages.`);
process.exit(errors.length === 0 ? 0 : 1);
