import type { ExposureOverview, WhatIfRequest, WhatIfResponse } from '@protocol-zero/policies';
import { useState } from 'preact/hooks';
import { api } from '../../api/client';
import { Card, ErrorNote } from '../../components/ui';
import { usd } from '../../format';

/** Re-runs the model over the same stored observations with one change. */
export function WhatIfPanel({ overview }: { overview: ExposureOverview }) {
  const current = Math.round((overview.avoided.redirectRate ?? 0) * 100);
  const [rate, setRate] = useState(Math.max(current, 80));
  const [appId, setAppId] = useState(overview.current?.result.byApp[0]?.key ?? '');
  const [change, setChange] = useState<'sanctioned' | 'blocked'>('sanctioned');
  const [answer, setAnswer] = useState<{ text: string; r: WhatIfResponse } | null>(null);
  const [error, setError] = useState<unknown>();
  const ask = async (body: WhatIfRequest, text: string) => {
    setError(undefined);
    try {
      setAnswer({ text, r: await api.post<WhatIfResponse>('/v1/exposure/what-if', body) });
    } catch (e) {
      setError(e);
    }
  };
  const apps = overview.current?.result.byApp ?? [];
  return (
    <Card title="What if…" wide>
      <div class="whatif">
        <div>
          <label>Redirect adoption rises to <b>{rate}%</b> (today {current}%)
            <input type="range" min={0} max={100} value={rate} onInput={(e) => setRate(Number(e.currentTarget.value))} aria-label="Target redirect rate" />
          </label>
          <button onClick={() => void ask({ redirectRate: rate / 100 }, `redirect adoption at ${rate}%`)}>Run</button>
        </div>
        <div>
          <label>App
            <select value={appId} onChange={(e) => setAppId(e.currentTarget.value)} aria-label="App">
              {apps.map((a) => <option key={a.key} value={a.key}>{overview.appNames[a.key] ?? a.key}</option>)}
            </select>
          </label>
          <label>becomes
            <select value={change} onChange={(e) => setChange(e.currentTarget.value as 'sanctioned' | 'blocked')} aria-label="Change">
              <option value="sanctioned">sanctioned (enterprise terms)</option>
              <option value="blocked">blocked</option>
            </select>
          </label>
          <button disabled={!appId} onClick={() => void ask({ apps: { [appId]: change } }, `${overview.appNames[appId] ?? appId} ${change}`)}>Run</button>
        </div>
      </div>
      <ErrorNote error={error} />
      {answer && (
        <p class="answer" data-testid="what-if-answer">
          With {answer.text}: <b>{usd(answer.r.whatIf.meanUsd)}</b> a year (P10–P90 {usd(answer.r.whatIf.p10Usd)} – {usd(answer.r.whatIf.p90Usd)}),{' '}
          <span class={answer.r.deltaUsd <= 0 ? 'good' : 'bad'}>{answer.r.deltaUsd <= 0 ? 'saving' : 'adding'} {usd(Math.abs(answer.r.deltaUsd))}</span> against today's {usd(answer.r.baseline.meanUsd)}.
        </p>
      )}
    </Card>
  );
}
