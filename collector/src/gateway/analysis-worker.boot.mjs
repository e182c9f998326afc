// Workers do not inherit the tsx loader the collector runs under: register it, then load the worker.
import { register } from 'tsx/esm/api';

register();
await import('./analysis-worker.ts');
