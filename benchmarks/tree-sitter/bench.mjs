// Times tree-sitter-powershell over the same scripts as benchmarks/ScriptGen.Benchmarks (same choice rule:
// .ps1/.psm1/.psd1 files in ordinal order of their relative path, until the MB budget is reached).
//
// Usage: node bench.mjs <node_modules folder> <corpus folder> [budget MB = 4] [iterations = 15]
// The node_modules folder must hold tree-sitter and tree-sitter-powershell (see docs/performance.md); it is never committed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, extname, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const [modules, folder, budgetArg = '4', iterationsArg = '15'] = process.argv.slice(2);
if (!modules || !folder) {
  console.error('usage: node bench.mjs <node_modules folder> <corpus folder> [budget MB] [iterations]');
  process.exit(2);
}

const require = createRequire(join(modules, 'noop.js'));
const Parser = require(join(modules, 'tree-sitter'));
const PowerShell = (await import(pathToFileURL(join(modules, 'tree-sitter-powershell', 'bindings', 'node', 'index.js')).href)).default;

function walk(dir, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (['.ps1', '.psm1', '.psd1'].includes(extname(entry.name).toLowerCase())) out.push(relative(folder, path).split(sep).join('/'));
  }
  return out;
}

// Ordinal order of UTF-16 code units, as StringComparer.Ordinal in the C# benchmark.
const candidates = walk(folder, []).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const budget = Number(budgetArg) * 1e6;
const files = [];
let bytes = 0;
for (const file of candidates) {
  if (bytes >= budget) break;
  files.push(file);
  bytes += statSync(join(folder, file)).size;
}

const texts = files.map((file) => readFileSync(join(folder, file), 'utf8').replace(/^\uFEFF/, ''));
const parser = new Parser();
parser.setLanguage(PowerShell);

function parseAll() {
  let nodes = 0;
  for (const text of texts) {
    // Strings longer than the default 32 KiB buffer are passed with a matching buffer size.
    const tree = parser.parse(text, null, { bufferSize: Math.max(32 * 1024, text.length * 2 + 2) });
    nodes += tree.rootNode.childCount;
  }
  return nodes;
}

const iterations = Number(iterationsArg);
for (let i = 0; i < 3; i++) parseAll();
// By the clock and by this process's CPU time (steadier on a shared machine), as CpuTimeRun does for the C# side.
const times = [];
const cpuTimes = [];
for (let i = 0; i < iterations; i++) {
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  parseAll();
  times.push(Number(process.hrtime.bigint() - start) / 1e9);
  const cpu = process.cpuUsage(cpuStart);
  cpuTimes.push((cpu.user + cpu.system) / 1e6);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mbps = (seconds) => (bytes / seconds / 1e6).toFixed(1);
console.log(`corpus: ${files.length} files, ${bytes} bytes (${(bytes / 1e6).toFixed(2)} MB) from ${folder}`);
console.log(`tree-sitter-powershell: ${iterations} passes, median by clock ${mbps(median(times))} MB/s, median by CPU time ${mbps(median(cpuTimes))} MB/s`);
