import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { azureStorageKey } from './azure-storage-key';
import { B64, fake } from './test-fixtures';

const KEY = `${fake('', B64, 86, 96)}==`;

/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(azureStorageKey, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/azure-storage-key', () => {
  it.each([
    [`DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${KEY};EndpointSuffix=core.windows.net`, [KEY]],
    [`Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=root;SharedAccessKey=${fake('', B64, 43, 97)}=`, [`${fake('', B64, 43, 97)}=`]],
    [`AccountKey=${'A'.repeat(86)}==`, []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
