// Regenerates src/policy/default-policy.ts from default/interim-policy.yaml (policies does no I/O at run time).
import { readFileSync, writeFileSync } from 'node:fs';

const yaml = readFileSync(new URL('../default/interim-policy.yaml', import.meta.url), 'utf8');
const out = `// Generated from policies/default/interim-policy.yaml by \`pnpm --filter @protocol-zero/policies gen:default\`;
// default-policy.test.ts fails when the two differ, so edit the YAML and regenerate.
import { parsePolicyYamlOrThrow } from './load';

export const DEFAULT_POLICY_YAML = ${JSON.stringify(yaml)};

export const DEFAULT_POLICY = parsePolicyYamlOrThrow(DEFAULT_POLICY_YAML);
`;
writeFileSync(new URL('../src/policy/default-policy.ts', import.meta.url), out);
