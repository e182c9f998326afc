// Every job processor; add one file and one line. Names are stable (BullMQ stores them).
import type { JobProcessor } from '../types';
import { exposureProcessor } from '../../exposure/job';
import { kbIngestProcessor } from '../../kb/job';
import { retentionProcessor } from './retention';
import { rollupProcessor } from './rollup';

export const PROCESSORS: readonly JobProcessor<never>[] = [rollupProcessor, retentionProcessor, exposureProcessor, kbIngestProcessor];
