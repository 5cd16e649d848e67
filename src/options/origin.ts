// Validation of a self-hosted origin typed by the user. Pure, so the unit tests cover it.
import type { SelfHostedOrigin } from '../shared/types';

export type OriginCheck =
  | { ok: true; origin: string }
  | { ok: false; why: 'invalid' | 'path' | 'duplicate'; origin?: string };

const PRIVATE_HOST = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\]|10(?:\.\d{1,3}){3}|192\.168(?:\.\d{1,3}){2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d{1,3}){2}|[^.]+\.local|[^.]+\.lan|[^.]+\.home\.arpa)$/i;

export function checkOrigin(input: string, existing: readonly SelfHostedOrigin[]): OriginCheck {
  const raw = input.trim();
  if (!/^https?:\/\//i.test(raw)) return { ok: false, why: 'invalid' };
  let u: URL;
  try { u = new URL(raw); } catch { return { ok: false, why: 'invalid' }; }
  if (!u.hostname || u.username || u.password) return { ok: false, why: 'invalid' };
  // Plain http only for a server on this computer or the local network.
  if (u.protocol === 'http:' && !PRIVATE_HOST.test(u.hostname)) return { ok: false, why: 'invalid' };
  if ((u.pathname !== '/' && u.pathname !== '') || u.search || u.hash || /[?#]$/.test(raw)) return { ok: false, why: 'path', origin: u.origin };
  const origin = u.origin;
  if (origin.length < 8 || origin.length > 300) return { ok: false, why: 'invalid' };
  if (existing.some((o) => o.origin === origin)) return { ok: false, why: 'duplicate', origin };
  return { ok: true, origin };
}
