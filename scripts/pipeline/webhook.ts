import { timingSafeEqual } from 'node:crypto';
import {
  decodeSignatureHeader,
  encodeSignatureHeader,
  SIGNATURE_HEADER_NAME,
} from '@sanity/webhook';
import { HttpError } from './errors.ts';

/** One document change announced by a Sanity webhook (the projection documented in the README). */
export interface DocumentChange {
  id: string;
  type: string;
  rev: string | undefined;
  slug: string | undefined;
  operation: 'create' | 'update' | 'delete' | undefined;
}

export interface VerifyOptions {
  secret: string;
  now: number;
  maxAgeSeconds: number;
  maxFutureSeconds: number;
}

/** Sanity signs with millisecond timestamps; anything smaller is a seconds value or garbage. */
const MIN_MILLISECOND_TIMESTAMP = 1_000_000_000_000;

/**
 * Checks the `sanity-webhook-signature` header against the raw body. The expected header is
 * produced by @sanity/webhook's own signing helper; the comparison is constant-time because the
 * library's `!==` would leak how many leading characters matched.
 */
export async function verifySignature(
  rawBody: string,
  header: string | string[] | undefined,
  options: VerifyOptions,
): Promise<{ timestamp: number }> {
  if (header === undefined || header === '') {
    throw new HttpError(401, 'signature_missing', `Missing ${SIGNATURE_HEADER_NAME} header`);
  }
  if (Array.isArray(header)) {
    throw new HttpError(401, 'signature_multiple', `More than one ${SIGNATURE_HEADER_NAME} header`);
  }
  let decoded: { timestamp: number; hashedPayload: string };
  try {
    decoded = decodeSignatureHeader(header);
  } catch {
    throw new HttpError(401, 'signature_malformed', 'Signature header is not t=<ms>,v1=<hmac>');
  }
  const { timestamp } = decoded;
  if (!Number.isSafeInteger(timestamp) || timestamp < MIN_MILLISECOND_TIMESTAMP) {
    throw new HttpError(
      401,
      'signature_timestamp_unit',
      'Signature timestamp must be in milliseconds',
    );
  }
  if (rawBody.length === 0) {
    throw new HttpError(401, 'signature_invalid', 'Signature does not match an empty body');
  }
  let expectedHeader: string;
  try {
    expectedHeader = await encodeSignatureHeader(rawBody, timestamp, options.secret);
  } catch {
    throw new HttpError(401, 'signature_invalid', 'Signature could not be checked');
  }
  const expected = Buffer.from(expectedHeader.slice(expectedHeader.indexOf('v1=') + 3), 'utf8');
  const received = Buffer.from(decoded.hashedPayload, 'utf8');
  // timingSafeEqual needs equal lengths; the length of an HMAC is public, so checking it first leaks nothing.
  if (expected.length !== received.length || !timingSafeEqual(expected, received)) {
    throw new HttpError(401, 'signature_invalid', 'Signature does not match the body');
  }
  // Freshness is checked only after the signature, so an attacker learns nothing from the answer.
  const ageMs = options.now - timestamp;
  if (ageMs > options.maxAgeSeconds * 1000) {
    throw new HttpError(401, 'signature_stale', 'Signature timestamp is too old');
  }
  if (-ageMs > options.maxFutureSeconds * 1000) {
    throw new HttpError(401, 'signature_future', 'Signature timestamp is in the future');
  }
  return { timestamp };
}

const OPERATIONS = new Set(['create', 'update', 'delete']);

function optionalString(
  payload: Record<string, unknown>,
  key: string,
  maxLength: number,
): string | undefined {
  const value = payload[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.length > maxLength) {
    throw new HttpError(
      400,
      'payload_invalid',
      `"${key}" must be a string of at most ${maxLength} characters`,
    );
  }
  return value;
}

/** Sanity document ids: letters, digits and `_ - .`, at most 128 characters. */
const DOCUMENT_ID = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

/** Parses the JSON body of a verified delivery into a document change; 400 when it is not one. */
export function parseChange(rawBody: string): DocumentChange {
  let payload: unknown;
  try {
    payload = JSON.parse(rawBody);
  } catch {
    throw new HttpError(400, 'payload_not_json', 'Body is not valid JSON');
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new HttpError(400, 'payload_not_object', 'Body must be a JSON object');
  }
  const record = payload as Record<string, unknown>;
  const id = record['_id'];
  if (typeof id !== 'string' || !DOCUMENT_ID.test(id)) {
    throw new HttpError(400, 'payload_missing_id', '"_id" must be a Sanity document id');
  }
  const type = record['_type'];
  if (typeof type !== 'string' || type.length === 0 || type.length > 128) {
    throw new HttpError(400, 'payload_missing_type', '"_type" must be a non-empty string');
  }
  const slugValue = record['slug'];
  // The projection may send `slug` (string) or the raw slug object `{ current }`.
  const slug =
    typeof slugValue === 'object' && slugValue !== null && !Array.isArray(slugValue)
      ? optionalString(slugValue as Record<string, unknown>, 'current', 512)
      : optionalString(record, 'slug', 512);
  const operation = optionalString(record, 'operation', 16);
  if (operation !== undefined && !OPERATIONS.has(operation)) {
    throw new HttpError(400, 'payload_invalid', '"operation" must be create, update or delete');
  }
  return {
    id,
    type,
    rev: optionalString(record, '_rev', 128),
    slug,
    operation: operation as DocumentChange['operation'],
  };
}
