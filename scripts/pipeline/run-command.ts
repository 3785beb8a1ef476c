import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { BuildStepError } from './errors.ts';

export interface RunOptions {
  command: string;
  cwd: string;
  env: Record<string, string | undefined>;
  timeoutMs: number;
  step: 'build' | 'deploy';
  signal: AbortSignal;
  /** Called with every output line, for logs and console progress. */
  onLine: (line: string, stream: 'stdout' | 'stderr') => void;
  /** Called with the process group id once the command runs. */
  onSpawn?: ((pid: number | undefined) => void) | undefined;
}

/** The shell reports a child killed by signal N as exit code 128 + N: name the signal. */
function signalNote(code: number | null): string {
  if (code === null || code <= 128) return '';
  const name = Object.entries(constants.signals).find(([, n]) => n === code - 128)?.[0];
  return name ? ` (killed by ${name})` : '';
}

/** Lines of output kept for the error report of a failed step. */
const TAIL_LINES = 20;

/**
 * Runs a shell command in its own process group, so a timeout or shutdown kills the whole tree
 * (astro, pagefind, workers) with SIGKILL and nothing keeps writing into a release folder.
 */
export function runCommand(options: RunOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    if (options.signal.aborted) {
      reject(new BuildStepError(options.step, `${options.step} aborted before it started`));
      return;
    }
    const child = spawn('/bin/sh', ['-c', options.command], {
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    options.onSpawn?.(child.pid);
    const tail: string[] = [];
    let killedFor: string | undefined;
    const killGroup = (reason: string): void => {
      killedFor ??= reason;
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // The group is already gone.
      }
    };
    const timer = setTimeout(
      () => killGroup(`timed out after ${options.timeoutMs} ms`),
      options.timeoutMs,
    );
    const onAbort = (): void => killGroup('aborted (service shutting down)');
    options.signal.addEventListener('abort', onAbort, { once: true });

    for (const [stream, name] of [
      [child.stdout, 'stdout'],
      [child.stderr, 'stderr'],
    ] as const) {
      let buffered = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        buffered += chunk;
        let newline = buffered.indexOf('\n');
        while (newline !== -1) {
          const line = buffered.slice(0, newline).replace(/\r$/, '');
          buffered = buffered.slice(newline + 1);
          if (line.trim()) {
            tail.push(line);
            if (tail.length > TAIL_LINES) tail.shift();
            options.onLine(line, name);
          }
          newline = buffered.indexOf('\n');
        }
      });
    }

    child.on('error', (error) => {
      clearTimeout(timer);
      options.signal.removeEventListener('abort', onAbort);
      reject(
        new BuildStepError(options.step, `could not start "${options.command}": ${error.message}`),
      );
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      options.signal.removeEventListener('abort', onAbort);
      // Whatever happened to the leader, make sure no stray member of the group survives.
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Nothing left to kill.
        }
      }
      if (code === 0 && killedFor === undefined) {
        resolve();
        return;
      }
      const how =
        killedFor ??
        (signal ? `killed by ${signal}` : `exited with code ${code}${signalNote(code)}`);
      const last = tail.slice(-5).join(' | ');
      reject(
        new BuildStepError(
          options.step,
          `${options.step} command ${how}${last ? `; last output: ${last}` : ''}`,
        ),
      );
    });
  });
}
