/**
 * Page weight of a built page: the HTML document and the CSS and JavaScript it references,
 * raw and gzipped (each file compressed on its own, as a server sends it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  path: string;
  htmlBytes: number;
  htmlGzip: number;
  /** External stylesheets (inline <style> is already counted in the HTML). */
  cssBytes: number;
  cssGzip: number;
  /** Executable JavaScript: external scripts, module preloads and inline scripts. */
  jsBytes: number;
  jsGzip: number;
  /** Every <script> element, including JSON-LD. */
  scriptElements: number;
  /** <script> elements that execute (not JSON-LD or other data blocks). */
  executableScripts: number;
  /** Bytes of CSS inside <style> elements (part of htmlBytes). */
  inlineCssBytes: number;
  /** HTML + external CSS, gzipped: the figure the article-page target is about. */
  htmlCssGzip: number;
}

/** Thrown when the page or a file it references is not in the build output. */
export class PageWeightError extends Error {
  override readonly name = 'PageWeightError';
}

const gz = (bytes: Buffer | string): number => gzipSync(bytes).length;

/** Built file that serves `urlPath` (`/a/b/` → a/b/index.html). */
export function fileForPath(outDir: string, urlPath: string): string {
  const clean = normalize(decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/'));
  if (clean.includes('..')) throw new PageWeightError(`refusing path outside the site: ${urlPath}`);
  const candidate = clean.endsWith('/') ? join(outDir, clean, 'index.html') : join(outDir, clean);
  if (existsSync(candidate)) return candidate;
  if (existsSync(`${candidate}.html`)) return `${candidate}.html`;
  if (existsSync(join(candidate, 'index.html'))) return join(candidate, 'index.html');
  throw new PageWeightError(`no built file for ${urlPath} under ${outDir}`);
}

/** Value of one attribute in a start tag (quoted or bare), lower-cased name. */
function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  if (match === null) return undefined;
  return match[1] ?? match[2] ?? match[3];
}

/** Script types that hold data rather than code. */
function isExecutable(type: string | undefined): boolean {
  if (type === undefined || type === '') return true;
  return /^(module|text\/javascript|application\/javascript)$/i.test(type.trim());
}

/** Measures the page served at `urlPath` from the build in `outDir`. */
export function pageWeight(outDir: string, urlPath: string): PageWeight {
  const html = readFileSync(fileForPath(outDir, urlPath), 'utf8');
  const read = (href: string): Buffer => {
    if (/^(https?:)?\/\//i.test(href))
      throw new PageWeightError(`${urlPath} loads a third-party asset: ${href}`);
    const base = urlPath.endsWith('/') ? urlPath : urlPath.replace(/[^/]*$/, '');
    const resolved = new URL(href, `http://site${base}`).pathname;
    return readFileSync(fileForPath(outDir, resolved));
  };

  let cssBytes = 0;
  let cssGzip = 0;
  let jsBytes = 0;
  let jsGzip = 0;
  const seen = new Set<string>();
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attribute(tag, 'href');
    if (href === undefined || seen.has(href)) continue;
    if (rel.includes('stylesheet')) {
      const bytes = read(href);
      cssBytes += bytes.length;
      cssGzip += gz(bytes);
      seen.add(href);
    } else if (rel.includes('modulepreload')) {
      const bytes = read(href);
      jsBytes += bytes.length;
      jsGzip += gz(bytes);
      seen.add(href);
    }
  }

  let scriptElements = 0;
  let executableScripts = 0;
  for (const [, open = '', body = ''] of html.matchAll(
    /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi,
  )) {
    scriptElements++;
    const tag = `<script ${open}>`;
    if (!isExecutable(attribute(tag, 'type'))) continue;
    executableScripts++;
    const src = attribute(tag, 'src');
    if (src !== undefined) {
      if (seen.has(src)) continue;
      seen.add(src);
      const bytes = read(src);
      jsBytes += bytes.length;
      jsGzip += gz(bytes);
    } else if (body.trim() !== '') {
      jsBytes += Buffer.byteLength(body);
      jsGzip += gz(body);
    }
  }

  let inlineCssBytes = 0;
  for (const [, body = ''] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) {
    inlineCssBytes += Buffer.byteLength(body);
  }

  const htmlBytes = Buffer.byteLength(html);
  const htmlGzip = gz(html);
  return {
    path: urlPath,
    htmlBytes,
    htmlGzip,
    cssBytes,
    cssGzip,
    jsBytes,
    jsGzip,
    scriptElements,
    executableScripts,
    inlineCssBytes,
    htmlCssGzip: htmlGzip + cssGzip,
  };
}
