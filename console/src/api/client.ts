// The typed client for the collector. Same origin; the session token lives in sessionStorage (gone
// when the tab closes) and travels only in the Authorization header — never in a URL.
import type { ErrorBody } from '@protocol-zero/policies';

const KEY = 'pz.session';

export interface Session {
  token: string;
  expiresAt: string;
  user: { userId: string; email: string; role: Role; tenantId: string };
}
export type Role = 'admin' | 'analyst' | 'executive' | 'employee';

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly details?: unknown) {
    super(message);
  }
}

export function loadSession(): Session | null {
  try {
    const s = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Session | null;
    return s && new Date(s.expiresAt) > new Date() ? s : null;
  } catch {
    return null;
  }
}

export function saveSession(s: Session | null): void {
  if (s) sessionStorage.setItem(KEY, JSON.stringify(s));
  else sessionStorage.removeItem(KEY);
}

async function request(method: string, path: string, body?: unknown): Promise<Response> {
  const s = loadSession();
  const headers: Record<string, string> = {};
  if (s) headers.authorization = `Bearer ${s.token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(path, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  if (!res.ok) {
    let err: ErrorBody['error'] = { code: 'http_error', message: `${res.status} ${res.statusText}` };
    try {
      err = ((await res.json()) as ErrorBody).error;
    } catch { /* not JSON */ }
    if (res.status === 401 && s) {
      saveSession(null);
      window.dispatchEvent(new Event('pz:logout'));
    }
    throw new ApiError(res.status, err.code, err.message, err.details);
  }
  return res;
}

export const api = {
  get: async <T>(path: string): Promise<T> => (await request('GET', path)).json() as Promise<T>,
  post: async <T>(path: string, body: unknown = {}): Promise<T> => (await request('POST', path, body)).json() as Promise<T>,
  put: async <T>(path: string, body: unknown): Promise<T> => (await request('PUT', path, body)).json() as Promise<T>,
  del: async <T>(path: string): Promise<T> => (await request('DELETE', path)).json() as Promise<T>,
  /** DELETE of a route that answers 204 No Content (nothing to parse). */
  remove: async (path: string): Promise<void> => void (await request('DELETE', path)),
  /** Authenticated download (the token cannot ride in a link): fetch → blob → save. */
  async download(path: string, filename: string): Promise<number> {
    const blob = await (await request('GET', path)).blob();
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return blob.size;
  },
};

export async function login(email: string, password: string): Promise<Session> {
  const s = await api.post<Session>('/v1/auth/login', { email, password });
  saveSession(s);
  return s;
}

export async function logout(): Promise<void> {
  try {
    await api.post('/v1/auth/logout');
  } finally {
    saveSession(null);
  }
}

/** The live feed: browsers cannot set headers on a WebSocket, so the token rides as a sub-protocol. */
export function openLive(onMessage: (m: unknown) => void): () => void {
  const s = loadSession();
  if (!s) return () => {};
  let closed = false;
  let ws: WebSocket | null = null;
  const connect = () => {
    const proto = location.protocol === 'https:' ? 'wss:' : 'ws:';
    ws = new WebSocket(`${proto}//${location.host}/v1/live`, ['pz-bearer', s.token]);
    ws.onmessage = (e) => {
      try {
        onMessage(JSON.parse(String(e.data)));
      } catch { /* ignore malformed */ }
    };
    ws.onclose = () => {
      if (!closed) setTimeout(connect, 2000);
    };
  };
  connect();
  return () => {
    closed = true;
    ws?.close();
  };
}
