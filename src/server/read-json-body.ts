import type { IncomingMessage } from 'node:http';

export type BodyResult =
  | { readonly ok: true; readonly body: unknown }
  | { readonly ok: false; readonly status: 400 | 413; readonly error: string };

/**
 * Reads a JSON request body of at most `limit` bytes. An oversized body is drained (up to a
 * cap) before answering 413, so the client reads the answer instead of a reset connection.
 */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  const tooLarge = { ok: false, status: 413, error: 'payload_too_large' } as const;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size <= limit) chunks.push(chunk as Buffer);
    else if (size > limit * 8) {
      req.destroy();
      return tooLarge;
    }
  }
  if (size > limit || declared > limit) return tooLarge;
  try {
    const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      return { ok: false, status: 400, error: 'body_not_an_object' };
    return { ok: true, body };
  } catch {
    return { ok: false, status: 400, error: 'invalid_json' };
  }
}
