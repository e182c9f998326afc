export * from './common';
export * from './events';
export * from './sensor';
export * from './handoff';
export * from './enrollment';
export * from './policy-document';
export * from './gateway';
export * from './live';
