// Prints the plain closing line CI reads ('tests: N passed, N failed, N skipped') from Vitest's JSON report.
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'test-results/vitest.json';
const r = JSON.parse(readFileSync(file, 'utf8'));
console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + (r.numTodoTests ?? 0)} skipped`);
