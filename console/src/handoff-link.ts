// Hand-off links from the extension carry a one-time token in the URL fragment (never the query: the
// fragment is not sent to the server or kept in proxy logs). Whatever route the link names, the
// token belongs to the assistant page.

/** Where the token rides: `#/assistant?t=…` or `#t=…`. */
export function tokenFromHash(hash: string): string | undefined {
  return /(?:[#?&])t=([A-Za-z0-9_-]{32,128})/.exec(hash)?.[1];
}

/** The assistant route carrying the token found in `hash` (or the bare assistant route). */
export function assistantHash(hash: string): string {
  const t = tokenFromHash(hash);
  return t ? `#/assistant?t=${t}` : '#/assistant';
}
