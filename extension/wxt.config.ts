import { readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';
import { MANAGED_CONFIG_JSON_SCHEMA, PROTOCOL_ZERO_FIREFOX_ID } from '@protocol-zero/policies';
import { buildDefines } from './src/app/build-data';
import { contentMatches } from './src/app/matches';

// The manifest `key` is the PUBLIC key (base64 DER SPKI) from keys/: it pins the extension id that
// MDM force-install lists name. No private key is ever in this repo or in a build (see keys.test.ts).
const publicKeyPem = readFileSync(new URL('./keys/extension-public-key.pem', import.meta.url), 'utf8');
export const MANIFEST_KEY = publicKeyPem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: 'dist',
  manifestVersion: 3,
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    define: buildDefines(),
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  }),
  manifest: ({ browser }) => ({
    name: 'Protocol Zero',
    description: 'Company AI usage policy: catches sensitive data before it reaches public AI tools.',
    version: '0.1.0',
    permissions: ['storage', 'alarms', ...(browser === 'firefox' ? [] : ['identity', 'identity.email'])],
    // Collector and gateway URLs come from managed config at run time, so fetches need broad host access.
    host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    action: { default_title: 'Protocol Zero' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: PROTOCOL_ZERO_FIREFOX_ID, strict_min_version: '115.0' } } }
      : { key: MANIFEST_KEY, storage: { managed_schema: 'managed_schema.json' } }),
  }),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const cs of manifest.content_scripts ?? []) cs.matches = contentMatches();
    },
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: 'managed_schema.json', contents: JSON.stringify(MANAGED_CONFIG_JSON_SCHEMA, null, 2) });
    },
  },
  zip: { artifactTemplate: 'protocol-zero-{{version}}-{{browser}}.zip', excludeSources: ['**/*.pem', '**/*.key'] },
});
