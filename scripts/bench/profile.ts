/**
 * `pnpm bench:profile`: one site build at N articles under V8's CPU profiler, summarised as self
 * time per package and per function, to show what limits the build where a target is missed.
 *
 *   pnpm bench:profile --articles 1000 [--top 25]
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generateDataset } from './generate.ts';
import { formatMs, machineInfo } from './measure.ts';
import { buildEnv, pnpmCommand, REPO_ROOT } from './site.ts';
import { runMeasured } from './measure.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Self time in ms of one profile grouped by `key`. */
export interface ProfileSummary {
  totalMs: number;
  byPackage: [string, number][];
  byFunction: [string, number][];
}

/** Which package a script URL belongs to: npm package name, `site`, `node:` or a V8 bucket. */
export function packageOf(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  // The site's astro.config builds from node_modules/.cache/smp-site when outDir is elsewhere.
  if (url.includes('node_modules/.cache/smp-site')) return 'site (our code, bundled)';
  const pnpm = /node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pnpm?.[1] !== undefined) return pnpm[1];
  const plain = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (plain?.[1] !== undefined) return plain[1];
  if (url.startsWith('node:')) return 'node:internal';
  if (url.includes('/site/')) return 'site (our code)';
  return url.replace(/^file:\/\//, '').slice(-60);
}

/** Sums self time per package and per function. */
export function summarise(profile: CpuProfile, top: number): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
  );
  const packages = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)?.callFrame;
    if (frame === undefined) continue;
    const pkg = packageOf(frame.url, frame.functionName);
    packages.set(pkg, (packages.get(pkg) ?? 0) + us / 1000);
    const fn = `${frame.functionName || '(anonymous)'} ${pkg}:${frame.lineNumber + 1}`;
    functions.set(fn, (functions.get(fn) ?? 0) + us / 1000);
  }
  const sorted = (map: Map<string, number>): [string, number][] =>
    [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  return {
    totalMs: (profile.endTime - profile.startTime) / 1000,
    byPackage: sorted(packages),
    byFunction: sorted(functions),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '1000' },
      seed: { type: 'string', default: 'smp' },
      work: { type: 'string', default: '.bench' },
      top: { type: 'string', default: '25' },
    },
  });
  const articles = Number(values.articles);
  const top = Number(values.top);
  if (!Number.isInteger(articles) || articles < 1)
    throw new Error(`--articles: "${values.articles}" is not a positive whole number`);
  const work = resolve(REPO_ROOT, values.work);
  const dataDir = join(work, `data-${articles}`);
  const profDir = join(work, `profile-${articles}`);
  rmSync(profDir, { recursive: true, force: true });
  mkdirSync(profDir, { recursive: true });
  const outDir = join(work, `site-${articles}`);
  // Astro empties outDir itself; doing it first keeps deleting the last build out of the profile.
  rmSync(outDir, { recursive: true, force: true });
  const dataset = await generateDataset({
    outDir: dataDir,
    seed: values.seed,
    articles,
    force: true,
  });
  const m = machineInfo();
  console.log(
    `machine: ${m.cpuModel}, ${m.cores} cores, ${m.memoryGiB} GiB RAM, Node ${m.node}, load ${m.loadAverage1m}`,
  );
  const pnpm = pnpmCommand();
  const run = await runMeasured(
    pnpm.command,
    [...pnpm.args, '--filter', '@smp/site', 'run', 'build'],
    {
      cwd: REPO_ROOT,
      env: buildEnv({
        SMP_DATASET: dataset.ndjsonPath,
        SITE_OUT_DIR: outDir,
        // Every Node process of the build writes a profile; the biggest one is Astro's.
        NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profDir}`,
      }),
      logFile: join(profDir, 'build.log'),
    },
  );
  if (run.exitCode !== 0)
    throw new Error(
      `profiled build failed (exit ${run.exitCode}); see ${join(profDir, 'build.log')}`,
    );
  const files = readdirSync(profDir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(profDir, f))
    .sort((a, b) => statSync(b).size - statSync(a).size);
  const biggest = files[0];
  if (biggest === undefined) throw new Error('no .cpuprofile was written');
  const summary = summarise(JSON.parse(readFileSync(biggest, 'utf8')) as CpuProfile, top);
  console.log(
    `profile: ${biggest} (${formatMs(summary.totalMs)} profiled; build wall ${formatMs(run.wallMs)})`,
  );
  console.log('\nself time by package:');
  for (const [name, ms] of summary.byPackage) {
    console.log(
      `  ${formatMs(ms).padStart(9)}  ${((100 * ms) / summary.totalMs).toFixed(1).padStart(5)}%  ${name}`,
    );
  }
  console.log('\nself time by function:');
  for (const [name, ms] of summary.byFunction) {
    console.log(
      `  ${formatMs(ms).padStart(9)}  ${((100 * ms) / summary.totalMs).toFixed(1).padStart(5)}%  ${name}`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
