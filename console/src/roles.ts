// Which role sees which page. The collector enforces the same on every route; this only keeps the
// navigation honest (an executive never sees a page that would answer 403).
import type { Role } from './api/client';

export const PAGES = ['overview', 'apps', 'events', 'policy', 'deploy', 'gateway', 'kb', 'reports', 'assistant'] as const;
export type Page = (typeof PAGES)[number];

export const PAGE_TITLES: Record<Page, string> = {
  overview: 'Overview', apps: 'AI apps', events: 'Live events', policy: 'Policy', deploy: 'Deploy', gateway: 'Gateway', kb: 'Knowledge base', reports: 'Reports', assistant: 'Assistant',
};

const ACCESS: Record<Page, readonly Role[]> = {
  overview: ['admin', 'analyst', 'executive'],
  apps: ['admin', 'analyst', 'executive'],
  events: ['admin', 'analyst'],
  policy: ['admin', 'analyst'],
  deploy: ['admin'],
  gateway: ['admin', 'analyst', 'executive'],
  // Managing company documents and their ACLs is the security team's; everyone else meets the
  // knowledge base through the assistant's grounded answers (the collector's AUTH.security).
  kb: ['admin', 'analyst'],
  reports: ['admin', 'analyst', 'executive'],
  assistant: ['admin', 'analyst', 'executive', 'employee'],
};

export const canSee = (role: Role, page: Page): boolean => ACCESS[page].includes(role);
export const pagesFor = (role: Role): Page[] => PAGES.filter((p) => canSee(role, p));
export const homeFor = (role: Role): Page => (role === 'employee' ? 'assistant' : 'overview');

/** '#/apps?x=1' → 'apps'; unknown or forbidden → the role's home. */
export function resolveRoute(hash: string, role: Role): Page {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  const page = (PAGES as readonly string[]).includes(name) ? (name as Page) : homeFor(role);
  return canSee(role, page) ? page : homeFor(role);
}
