import { classify } from '../classify';
import type { DataClass, DataClassResult } from './types';

/** Test helper: the named class's result for a text, through the real pipeline (detectors included). */
export function classOf(text: string, cls: DataClass): DataClassResult | undefined {
  return classify(text).classes.find((c) => c.class === cls);
}
