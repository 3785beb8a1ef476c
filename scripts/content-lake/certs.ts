import { X509Certificate, createHash, createPublicKey } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { generate } from 'selfsigned';
import { writeFileAtomic } from './store.ts';

/** PEM material the TLS server needs, plus what a browser needs to trust it. */
export interface TlsMaterial {
  key: string;
  cert: string;
  caCert: string;
  caFile: string;
  /** base64 SHA-256 of the leaf's public key, for Chromium's --ignore-certificate-errors-spki-list. */
  spkiHash: string;
}

const DAY = 24 * 60 * 60 * 1000;

/** Host names the leaf certificate must cover (the client prefixes the project id to the host). */
export function certificateNames(projectId: string): string[] {
  return ['localhost', '*.localhost', `${projectId}.localhost`];
}

/** base64 SHA-256 of a certificate's SubjectPublicKeyInfo (what Chromium pins). */
export function spkiHashOf(certPem: string): string {
  const spki = createPublicKey(
    new X509Certificate(certPem).publicKey.export({ type: 'spki', format: 'pem' }),
  ).export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}

function covers(certPem: string, projectId: string): boolean {
  const cert = new X509Certificate(certPem);
  const names = cert.subjectAltName ?? '';
  const fresh = new Date(cert.validTo).getTime() - Date.now() > 7 * DAY;
  return fresh && certificateNames(projectId).every((n) => names.includes(`DNS:${n}`));
}

async function read(file: string): Promise<string | undefined> {
  return fs.readFile(file, 'utf8').catch(() => undefined);
}

/**
 * Loads the local CA and leaf certificate from `dir`, creating them on first start (and a new leaf
 * when the project id changes), so that trusting `ca.crt` once keeps working across restarts.
 */
export async function ensureTls(dir: string, projectId: string): Promise<TlsMaterial> {
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const caFile = path.join(dir, 'ca.crt');
  const caKeyFile = path.join(dir, 'ca.key');
  const certFile = path.join(dir, 'localhost.crt');
  const keyFile = path.join(dir, 'localhost.key');
  let caCert = await read(caFile);
  let caKey = await read(caKeyFile);
  if (!caCert || !caKey) {
    const notBeforeDate = new Date(Date.now() - DAY);
    const ca = await generate([{ name: 'commonName', value: 'SMP local Content Lake CA' }], {
      keyType: 'ec',
      algorithm: 'sha256',
      notBeforeDate,
      notAfterDate: new Date(notBeforeDate.getTime() + 10 * 365 * DAY),
      extensions: [
        { name: 'basicConstraints', cA: true, pathLenConstraint: 0, critical: true },
        {
          name: 'keyUsage',
          keyCertSign: true,
          cRLSign: true,
          digitalSignature: true,
          critical: true,
        },
      ],
    });
    caCert = ca.cert;
    caKey = ca.private;
    await writeFileAtomic(caKeyFile, caKey);
    await fs.chmod(caKeyFile, 0o600);
    await writeFileAtomic(caFile, caCert);
  }
  let cert = await read(certFile);
  let key = await read(keyFile);
  if (!cert || !key || !covers(cert, projectId)) {
    const notBeforeDate = new Date(Date.now() - DAY);
    const leaf = await generate([{ name: 'commonName', value: 'localhost' }], {
      keyType: 'ec',
      algorithm: 'sha256',
      notBeforeDate,
      // Browsers reject leaf certificates valid for more than 398 days.
      notAfterDate: new Date(notBeforeDate.getTime() + 390 * DAY),
      ca: { key: caKey, cert: caCert },
      extensions: [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
        { name: 'extKeyUsage', serverAuth: true },
        {
          name: 'subjectAltName',
          altNames: [
            ...certificateNames(projectId).map((value) => ({ type: 2 as const, value })),
            { type: 7 as const, ip: '127.0.0.1' },
            { type: 7 as const, ip: '::1' },
          ],
        },
      ],
    });
    cert = leaf.cert;
    key = leaf.private;
    await writeFileAtomic(keyFile, key);
    await fs.chmod(keyFile, 0o600);
    await writeFileAtomic(certFile, cert);
  }
  return {
    key,
    cert: `${cert.trim()}\n${caCert.trim()}\n`,
    caCert,
    caFile,
    spkiHash: spkiHashOf(cert),
  };
}
