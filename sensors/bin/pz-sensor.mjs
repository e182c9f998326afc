#!/usr/bin/env node
// Launcher: no build step for Node code, so register tsx and run the TypeScript CLI.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
