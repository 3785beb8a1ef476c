import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/** The one local user: every valid token acts as this administrator. */
export const LOCAL_USER = {
  id: 'p-local-editor',
  name: 'Local Editor',
  email: 'editor@localhost',
  profileImage: null,
  role: 'administrator',
  roles: [
    {
      name: 'administrator',
      title: 'Administrator',
      description: 'Full access (local Content Lake)',
    },
  ],
  provider: 'local',
};

/** A login `sid` lives this long: the Studio exchanges it right after the redirect. */
const SID_TTL_MS = 5 * 60 * 1000;

/** Uses the configured token, or one generated on first start and kept (0600) in the data dir. */
export async function resolveToken(
  configured: string | undefined,
  dataDir: string,
): Promise<string> {
  if (configured) return configured;
  const file = path.join(dataDir, 'token');
  const existing = (await fs.readFile(file, 'utf8').catch(() => '')).trim();
  if (existing.length >= 16) return existing;
  const token = `sk-local-${randomBytes(24).toString('base64url')}`;
  await fs.mkdir(dataDir, { recursive: true });
  await fs.writeFile(file, `${token}\n`, { mode: 0o600 });
  return token;
}

/** Token checks and the Studio's `#sid=` login exchange. */
export class Auth {
  private readonly sids = new Map<string, number>();

  constructor(private readonly token: string) {}

  /** Constant-time comparison, so response timing does not leak the token. */
  isValid(candidate: string | undefined): boolean {
    if (!candidate) return false;
    const a = Buffer.from(candidate);
    const b = Buffer.from(this.token);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  /** Reads `Authorization: Bearer <token>`. */
  fromHeader(header: string | undefined): string | undefined {
    const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    return match?.[1];
  }

  /** A single-use session id handed to the Studio in the redirect fragment. */
  issueSid(): string {
    const sid = randomBytes(24).toString('base64url');
    this.sids.set(sid, Date.now() + SID_TTL_MS);
    return sid;
  }

  /** Exchanges a sid for the token once; unknown or expired sids give undefined. */
  redeemSid(sid: string): string | undefined {
    const expires = this.sids.get(sid);
    this.sids.delete(sid);
    return expires !== undefined && expires > Date.now() ? this.token : undefined;
  }
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The provider page the Studio sends the browser to: paste the token, get redirected back. */
export function loginPage(origin: string, error?: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Local Content Lake: log in</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:16px system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem}
input{width:100%;padding:.5rem;font:inherit;box-sizing:border-box}button{margin-top:1rem;padding:.5rem 1rem;font:inherit}
.error{color:#b00020}</style></head>
<body><h1>Log in to the local Content Lake</h1>
<p>Paste the API token the server printed when it started (or the value of <code>CONTENT_LAKE_TOKEN</code>).</p>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="">
<input type="hidden" name="origin" value="${escapeHtml(origin)}">
<label for="token">API token</label>
<input id="token" name="token" type="password" autocomplete="off" required autofocus>
<button type="submit">Log in</button>
</form></body></html>`;
}
