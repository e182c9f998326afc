import { describe, expect, it } from 'vitest';
import { pagesFor, resolveRoute } from './roles';

describe('pages per role', () => {
  it.each([
    ['admin', ['overview', 'apps', 'events', 'policy', 'deploy', 'gateway', 'kb', 'reports', 'assistant']],
    ['analyst', ['overview', 'apps', 'events', 'policy', 'gateway', 'kb', 'reports', 'assistant']],
    ['executive', ['overview', 'apps', 'gateway', 'reports', 'assistant']],
    ['employee', ['assistant']],
  ] as const)('%s sees %j', (role, pages) => expect(pagesFor(role)).toEqual(pages));

  it.each([
    ['#/events', 'analyst', 'events'],
    ['#/events', 'executive', 'overview'],
    ['#/kb', 'analyst', 'kb'],
    ['#/kb', 'executive', 'overview'],
    ['#/kb?q=x', 'employee', 'assistant'],
    ['#/deploy?x=1', 'admin', 'deploy'],
    ['#/nowhere', 'admin', 'overview'],
    ['', 'employee', 'assistant'],
    ['#/overview', 'employee', 'assistant'],
  ] as const)('%s as %s → %s', (hash, role, page) => expect(resolveRoute(hash, role)).toBe(page));
});
