/**
 * One source of truth for the response headers of the public site: the built-in static server
 * sends them, and every release carries them as a `_headers` file (the format Netlify and
 * Cloudflare Pages read) so a static host serves the same policy.
 */

/**
 * Scripts only from our own origin (no inline scripts at all); `wasm-unsafe-eval` lets Pagefind
 * compile its WebAssembly search index. Inline styles stay allowed because Astro inlines small
 * stylesheets; style injection cannot run code. Images may come from Sanity's CDN when the site
 * reads a hosted Content Lake.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https://cdn.sanity.io",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers sent with every response of the public site. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // Two years, the preload list's minimum; browsers ignore it on plain http (local use).
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

/** Content-hashed files never change under the same name: cache them for a year. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/** Everything else may change with the next publish: revalidate on every use. */
export const REVALIDATE_CACHE = 'public, max-age=0, must-revalidate';

/** URL prefixes whose file names carry a content hash (Astro's bundles, Pagefind's shards). */
export const HASHED_PREFIXES = ['/_astro/', '/pagefind/fragment/', '/pagefind/index/'] as const;

/** The Cache-Control value for a URL path. */
export function cacheControlFor(urlPath: string): string {
  return HASHED_PREFIXES.some((prefix) => urlPath.startsWith(prefix))
    ? IMMUTABLE_CACHE
    : REVALIDATE_CACHE;
}

/** The `_headers` file written into every release. */
export function headersFile(): string {
  const lines = ['/*'];
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) lines.push(`  ${name}: ${value}`);
  lines.push(`  Cache-Control: ${REVALIDATE_CACHE}`);
  for (const prefix of HASHED_PREFIXES) {
    lines.push(`${prefix}*`);
    // Netlify and Cloudflare merge matching rules; `! Cache-Control` removes the default first.
    lines.push('  ! Cache-Control');
    lines.push(`  Cache-Control: ${IMMUTABLE_CACHE}`);
  }
  return lines.join('\n') + '\n';
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

/** The Content-Type for a file name (octet-stream when unknown, which nosniff keeps inert). */
export function contentTypeFor(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const ext = dot === -1 ? '' : fileName.slice(dot).toLowerCase();
  return CONTENT_TYPES[ext] ?? 'application/octet-stream';
}
