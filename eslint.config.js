// One lint setup for the workspace. The import-boundary rules encode the house plan:
// policies is pure (no node:, no DOM, no other workspace package) and nothing imports
// the apps (extension, sensors, console).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const appPackages = ['@protocol-zero/extension', '@protocol-zero/sensors', '@protocol-zero/console'];
const appImports = appPackages.flatMap((name) => [name, `${name}/*`]);

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/.output/**', '**/.wxt/**', '**/dist/**', '**/coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [{ group: appImports, message: 'Apps are leaves: nothing imports extension, sensors or console.' }] }],
    },
  },
  {
    files: ['policies/src/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'http', 'https', 'child_process'], message: 'policies does no I/O and imports no Node module.' },
          { group: ['@protocol-zero/*'], message: 'policies imports no other workspace package.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'fetch', 'XMLHttpRequest', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    // Tests of the pure core may read eval files from disk; the code under test still may not.
    files: ['policies/src/**/*.test.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-imports': 'off', 'no-restricted-globals': 'off' },
  },
  {
    files: ['console/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: appImports, message: 'Apps are leaves.' },
        { group: ['@protocol-zero/collector', '@protocol-zero/collector/*'], message: 'console talks to collector over HTTP only.' },
      ], paths: [{
        name: '@protocol-zero/policies', allowTypeImports: true,
        message: 'Import values from their module (e.g. @protocol-zero/policies/exposure/format): the index bundles the catalog and every detector into the first load.',
      }] }],
    },
  },
  {
    files: ['extension/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.webextensions } },
  },
);
