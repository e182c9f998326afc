import { isPlaceholder } from './placeholder';

// Stand-ins documentation puts where a password goes ("user:password@host", password = "secret").
const STAND_INS = new Set([
  'password', 'passwd', 'pass', 'pwd', 'pw', 'secret', 'token', 'apikey', 'api_key', 'key', 'null', 'none',
  'true', 'false', 'undefined', 'empty', 'test', 'xxx', 'yyy', 'foo', 'bar', 'baz', 'mypassword', 'yourpassword',
  'username', 'user', 'string', 'value', 'required', 'optional', 'dummy', 'pass123', 'password123',
]);

/** True when a password-like value is a stand-in, template, mask or reference rather than a credential. */
export function isStandInCredential(value: string): boolean {
  const v = value.replace(/^["'\x60]|["'\x60]$/g, '');
  if (v.length === 0 || STAND_INS.has(v.toLowerCase())) return true;
  if (/^[*•.#?_-]+$/.test(v) || /^\$|^%\w+%?$|^[<[{(].*[>\]})]$/.test(v)) return true;
  return isPlaceholder(v);
}
