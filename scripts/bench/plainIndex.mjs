// The floor for an index: every file of the folder read and added to a plain flexsearch 0.8 full-text index
// (default options: whole words, case and diacritics folded), nothing else. Run in a child process of its own,
// like the scenario, so the two start alike.
//   node plainIndex.mjs CORPUS_DIR   → prints {"plainIndexMs", "plainIndexCpuMs", "plainPeakRssMb", "documents"}
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import FlexSearch from 'flexsearch';

const dir = process.argv[2];
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const index = new FlexSearch.Index();
const files = (await readdir(dir, { recursive: true })).filter((f) => /\.(txt|md)$/i.test(f)).sort();
for (const [id, file] of files.entries()) index.add(id, await readFile(join(dir, file), 'utf8'));
const plainIndexMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
process.stdout.write(
  JSON.stringify({ plainIndexMs, plainIndexCpuMs: (cpu.user + cpu.system) / 1000, plainPeakRssMb: process.resourceUsage().maxRSS / 1024, documents: files.length }),
);
