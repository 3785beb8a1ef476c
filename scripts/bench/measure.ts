/**
 * Measuring helpers for the bench: wall time and peak memory of a whole process tree, the
 * machine a run happened on, and byte/size formatting.
 */
import { spawn } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';

/** The machine a figure was measured on; printed with every run. */
export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  node: string;
  kernel: string;
  /** 1-minute load average when the run started: other work on a shared machine skews figures. */
  loadAverage1m: number;
}

/** Describes this machine. */
export function machineInfo(): MachineInfo {
  const cpuList = cpus();
  return {
    cpuModel: cpuList[0]?.model.trim() ?? 'unknown',
    cores: cpuList.length,
    memoryGiB: Number((totalmem() / 2 ** 30).toFixed(1)),
    node: process.version,
    kernel: release(),
    loadAverage1m: Number((loadavg()[0] ?? 0).toFixed(2)),
  };
}

/** Outcome of one measured command. */
export interface MeasuredRun {
  exitCode: number;
  wallMs: number;
  /** Highest sum of RSS over the process and all its descendants, sampled every SAMPLE_MS. */
  peakTreeRssBytes: number;
  /** Highest RSS of any single process in the tree (same sampling). */
  peakProcessRssBytes: number;
  /** Command name of that process (e.g. `node`, `pagefind_extended`). */
  peakProcessName: string;
  /**
   * User + system CPU seconds of the whole tree (GNU time's accounting of waited-for
   * descendants), or undefined without /usr/bin/time. Other work on a shared machine stretches
   * wall time far more than CPU time, so this is the steadier figure for comparing builds.
   */
  cpuSeconds: number | undefined;
  output: string;
  loadBefore: number;
  loadAfter: number;
}

/** GNU time: the only portable way to get the CPU time of a whole process tree after it exits. */
const GNU_TIME = '/usr/bin/time';

/** 100 ms catches every phase of a multi-second build while costing well under 1% of a core. */
const SAMPLE_MS = 100;
const PAGE_SIZE = 4096;

/** RSS in bytes of every live process, keyed by pid, with parent pids (Linux /proc). */
function processTable(): Map<number, { ppid: number; rss: number; name: string }> {
  const table = new Map<number, { ppid: number; rss: number; name: string }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name (field 2) may hold spaces or parentheses: parse after the last ')'.
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      const rssPages = Number(fields[21]);
      table.set(Number(entry), { ppid, rss: rssPages * PAGE_SIZE, name });
    } catch {
      // The process exited between readdir and read: nothing to count.
    }
  }
  return table;
}

/**
 * "node astro.mjs", "pagefind_extended": the program and, for interpreters, the script it runs.
 * (Node names its main thread "MainThread", so the kernel's comm alone says little.)
 */
function describeProcess(pid: number, comm: string): string {
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    const base = (path: string): string => path.split('/').at(-1) ?? path;
    const program = base(argv[0] ?? comm);
    let script: string | undefined;
    for (let i = 1; i < argv.length; i++) {
      const arg = argv[i] ?? '';
      // Preloaded modules (tsx's loader) are not the program being run.
      if (/^(--require|-r|--import|--loader)$/.test(arg)) i++;
      else if (!arg.startsWith('-')) {
        script = /\.(c|m)?js$|\.ts$/.test(arg) ? arg : undefined;
        break;
      }
    }
    return script === undefined ? program : `${program} ${base(script)}`;
  } catch {
    return comm;
  }
}

/** Sum and maximum RSS of `root` and its descendants right now. */
export function treeRss(root: number): {
  total: number;
  largest: number;
  largestName: string;
} {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of table) {
    const list = children.get(ppid) ?? [];
    list.push(pid);
    children.set(ppid, list);
  }
  let total = 0;
  let largest = 0;
  let largestName = '';
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() ?? root;
    const info = table.get(pid);
    if (info !== undefined) {
      total += info.rss;
      if (info.rss > largest) {
        largest = info.rss;
        largestName = describeProcess(pid, info.name);
      }
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return { total, largest, largestName };
}

export const canSampleMemory = existsSync('/proc/self/stat');

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Also append the command's output to this file. */
  logFile?: string;
  /** Echo output lines to this process's stderr as they arrive. */
  echo?: boolean;
}

/** Runs a command, sampling the memory of its process tree until it exits. */
export function runMeasured(
  command: string,
  args: string[],
  options: RunOptions,
): Promise<MeasuredRun> {
  return new Promise((resolveRun, rejectRun) => {
    const loadBefore = loadavg()[0] ?? 0;
    const timing = existsSync(GNU_TIME)
      ? join(mkdtempSync(join(tmpdir(), 'smp-time-')), 'time.txt')
      : undefined;
    const [file, argv] =
      timing === undefined
        ? [command, args]
        : [GNU_TIME, ['-f', '%U %S', '-o', timing, command, ...args]];
    const started = performance.now();
    const child = spawn(file, argv, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const log =
      options.logFile === undefined
        ? undefined
        : createWriteStream(options.logFile, { flags: 'a' });
    const chunks: Buffer[] = [];
    const collect = (chunk: Buffer): void => {
      chunks.push(chunk);
      log?.write(chunk);
      if (options.echo === true) process.stderr.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);

    let peakTree = 0;
    let peakProcess = 0;
    let peakProcessName = '';
    const sample = (): void => {
      if (child.pid === undefined || !canSampleMemory) return;
      const { total, largest, largestName } = treeRss(child.pid);
      peakTree = Math.max(peakTree, total);
      if (largest > peakProcess) {
        peakProcess = largest;
        peakProcessName = largestName;
      }
    };
    const timer = setInterval(sample, SAMPLE_MS);
    child.on('error', (error) => {
      clearInterval(timer);
      rejectRun(error);
    });
    child.on('close', (code, signal) => {
      clearInterval(timer);
      log?.end();
      let cpuSeconds: number | undefined;
      if (timing !== undefined) {
        // The last line holds "%U %S"; earlier lines are GNU time's notes about signals.
        const last = readFileSync(timing, 'utf8').trim().split('\n').at(-1) ?? '';
        const [user, system] = last.split(' ').map(Number);
        if (user !== undefined && system !== undefined && Number.isFinite(user + system))
          cpuSeconds = user + system;
        rmSync(join(timing, '..'), { recursive: true, force: true });
      }
      resolveRun({
        cpuSeconds,
        exitCode: code ?? (signal === null ? 1 : 128),
        wallMs: performance.now() - started,
        peakTreeRssBytes: peakTree,
        peakProcessRssBytes: peakProcess,
        peakProcessName,
        output: Buffer.concat(chunks).toString('utf8'),
        loadBefore,
        loadAfter: loadavg()[0] ?? 0,
      });
    });
  });
}

/** "12.3 kB" style, decimal units as browsers' dev tools show them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1e6) return `${(bytes / 1e3).toFixed(1)} kB`;
  if (bytes < 1e9) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${(bytes / 1e9).toFixed(2)} GB`;
}

/** Seconds with one decimal ("12.3 s"), or milliseconds under a second. */
export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** The p-th percentile (0–100) by nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? Number.NaN;
}
