import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// Just enough HTML reading for assertions on Astro's own (well-formed) output.

/** One start tag: its name and decoded attributes. */
export interface Tag {
  name: string;
  attrs: Record<string, string>;
}

function decode(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Every start tag with the given names, in document order. */
export function tags(html: string, ...names: string[]): Tag[] {
  const re = new RegExp(`<(${names.join('|')})\\b([^>]*)>`, 'gi');
  const out: Tag[] = [];
  for (const m of html.matchAll(re)) {
    const attrs: Record<string, string> = {};
    for (const a of (m[2] ?? '').matchAll(
      /([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g,
    )) {
      attrs[(a[1] ?? '').toLowerCase()] = decode(a[2] ?? a[3] ?? a[4] ?? '');
    }
    out.push({ name: (m[1] ?? '').toLowerCase(), attrs });
  }
  return out;
}

/** Contents of every `<script type="application/ld+json">`, parsed. */
export function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1] ?? '') as Record<string, unknown>,
  );
}

/** All element ids on a page. */
export function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1] ?? '')));
}

/** Every HTML file under a directory, as site paths ("/articles/x/") → file. */
export function htmlPages(root: string): Map<string, string> {
  const pages = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) {
        const rel = `/${relative(root, full).split('\\').join('/')}`;
        pages.set(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel, full);
      }
    }
  };
  walk(root);
  return pages;
}

/** Reads a built page by site path. */
export function readPage(root: string, path: string): string {
  const file = path.endsWith('/') ? join(root, path, 'index.html') : join(root, path);
  return readFileSync(file, 'utf8');
}
