// Prints the plain closing line CI reads ('tests: N passed, N failed, N skipped') from Vitest's JSON
// report. A test file that failed to load has no failed test in it, so it is counted as one failure.
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'test-results/vitest.json';
const r = JSON.parse(readFileSync(file, 'utf8'));
const brokenFiles = (r.testResults ?? []).filter((t) => t.status === 'failed' && !(t.assertionResults ?? []).some((a) => a.status === 'failed')).length;
console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests + brokenFiles} failed, ${r.numPendingTests + (r.numTodoTests ?? 0)} skipped`);
