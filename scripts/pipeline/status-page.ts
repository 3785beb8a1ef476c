/** Escapes text for HTML element content and quoted attributes. */
function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function row(label: string, value: unknown): string {
  return `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`;
}

interface BuildLike {
  id?: unknown;
  result?: unknown;
  mode?: unknown;
  reasons?: unknown;
  triggers?: unknown;
  startedAt?: unknown;
  durationMs?: unknown;
  stepsMs?: unknown;
  pageCount?: unknown;
  error?: { step?: unknown; message?: unknown } | undefined;
}

/** A small human-readable status page (no scripts; every value escaped). */
export function statusPage(status: Record<string, unknown>): string {
  const live = status['live'] as Record<string, unknown> | null;
  const queue = status['queue'] as Record<string, unknown>;
  const builds = (status['builds'] as BuildLike[] | undefined) ?? [];
  const buildRows = builds
    .map((b) => {
      const steps = Object.entries((b.stepsMs as Record<string, number> | undefined) ?? {})
        .map(([k, v]) => `${k} ${v} ms`)
        .join(', ');
      const triggers = Array.isArray(b.triggers) ? b.triggers.slice(0, 5).join(', ') : '';
      const error = b.error ? `${String(b.error.step)}: ${String(b.error.message)}` : '';
      return `<tr><td>${escapeHtml(b.id)}</td><td class="${escapeHtml(b.result)}">${escapeHtml(b.result)}</td><td>${escapeHtml(b.mode)}</td><td>${escapeHtml(b.durationMs)}</td><td>${escapeHtml(steps)}</td><td>${escapeHtml(triggers)}</td><td>${escapeHtml(error)}</td></tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="5">
<title>Publish pipeline status</title>
<style>
body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem; color: #1b1b1b; }
table { border-collapse: collapse; margin-bottom: 1.5rem; }
th, td { text-align: left; padding: 0.25rem 0.75rem; border-bottom: 1px solid #ddd; vertical-align: top; }
.failed { color: #a00; font-weight: 600; } .live { color: #060; font-weight: 600; }
</style>
</head>
<body>
<h1>Publish pipeline</h1>
${status['insecureDev'] ? '<p class="failed">INSECURE development mode: webhook signatures are not checked.</p>' : ''}
<h2>Live release</h2>
<table>
${live ? row('Release', live['release']) + row('Built at', live['builtAt']) + row('Mode', live['mode']) + row('Pages', live['pageCount']) + row('Documents', live['documents']) : row('Release', 'none yet')}
</table>
<h2>Queue</h2>
<table>
${row('Running', queue['running'] ? JSON.stringify(queue['running']) : 'idle')}
${row('Pending', queue['pending'] ? JSON.stringify(queue['pending']) : 'nothing')}
${row('Counters', JSON.stringify(queue['stats']))}
</table>
<h2>Recent builds</h2>
<table>
<tr><th>Build</th><th>Result</th><th>Mode</th><th>ms</th><th>Steps</th><th>Triggered by</th><th>Error</th></tr>
${buildRows}
</table>
<p>Machine-readable: <a href="/status">/status</a></p>
</body>
</html>
`;
}
