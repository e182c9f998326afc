// The one entry the collector calls: observations (+ what-if) → cells → simulation.
import { buildCells, redirectRateOf } from './cells';
import { analyticMean, simulate } from './simulate';
import type { ExposureInput, ExposureResult, SimulationOptions, WhatIf } from './types';

/** Rewrites the observations as they would have been under the what-if. */
export function applyWhatIf(input: ExposureInput, whatIf: WhatIf): ExposureInput {
  let apps = input.apps;
  if (whatIf.apps) {
    const changes = whatIf.apps;
    const known = new Set(apps.map((a) => a.appId));
    apps = apps.map((a) => (changes[a.appId] ? { ...a, tier: changes[a.appId]! } : a));
    for (const [appId, tier] of Object.entries(changes)) if (!known.has(appId)) apps.push({ appId, name: appId, vendorRisk: 0.75, tier });
  }
  let observations = input.observations;
  if (whatIf.redirectRate !== undefined) {
    const target = whatIf.redirectRate;
    if (!(target >= 0 && target <= 1)) throw new Error('redirectRate must be within 0..1');
    const current = redirectRateOf(input);
    const tiers = new Map(apps.map((a) => [a.appId, a.tier]));
    // Moving the rate down un-redirects the same share of every cell's redirected prompts; moving it
    // up redirects the same share of every cell's sent prompts. Either way the overall rate lands
    // exactly on the target, and cells keep their own mix.
    const down = target < current && current > 0 ? (current - target) / current : 0;
    const up = target > current && current < 1 ? (target - current) / (1 - current) : 0;
    observations = observations.map((o) => {
      if (tiers.get(o.appId) === 'sanctioned') return o;
      const perRecord = o.sent > 0 ? o.records / o.sent : 0;
      const moved = o.redirected * down - o.sent * up;
      const sent = o.sent + moved;
      return { ...o, sent, redirected: o.redirected - moved, records: o.sent > 0 ? perRecord * sent : 0 };
    });
  }
  return { ...input, apps, observations };
}

export function runExposure(input: ExposureInput, opts: SimulationOptions = {}, whatIf?: WhatIf): ExposureResult {
  const effective = whatIf ? applyWhatIf(input, whatIf) : input;
  return simulate(buildCells(effective), opts, redirectRateOf(effective));
}

/**
 * The same year with no control acting: every sensitive prompt that was redirected or stopped
 * (blocked, redacted, cancelled) reaches the app it was meant for, and apps blocked by tier are
 * reachable (as unsanctioned). Records are the stopped prompts' own entity counts when the
 * observation carries them, else those of the prompts that were sent.
 */
export function withoutControls(input: ExposureInput): ExposureInput {
  const apps = input.apps.map((a) => (a.tier === 'blocked' ? { ...a, tier: 'unsanctioned' as const } : a));
  const observations = input.observations.map((o) => {
    const sent = o.sent + o.redirected + o.stopped;
    // The stopped prompts' own entity counts when known: an all-stopped cell then costs what it carried, not the class default.
    const records = o.stoppedRecords !== undefined && o.stoppedRecords > 0 ? o.records + o.stoppedRecords : o.sent > 0 ? (o.records / o.sent) * sent : 0;
    const { stoppedRecords: _kept, ...rest } = o;
    return { ...rest, sent, redirected: 0, stopped: 0, records };
  });
  return { ...input, apps, observations };
}

export interface Avoided {
  /** Closed-form annual loss expectancy of what actually reached apps. */
  realisedUsd: number;
  /** … had nothing been redirected (redirected prompts sent instead). */
  noRedirectUsd: number;
  /** … had no control acted at all (redirected and stopped prompts sent, no app blocked). */
  noControlsUsd: number;
}

/**
 * What the controls avoided, in closed form: differences of exact means carry no Monte Carlo
 * noise, so a tenant whose controls never acted shows exactly $0 avoided, and one whose every
 * sensitive prompt was stopped shows $0 realised and the whole exposure as avoided.
 */
export function avoidedExposure(input: ExposureInput): Avoided {
  const mean = (i: ExposureInput) => analyticMean(buildCells(i));
  return { realisedUsd: mean(input), noRedirectUsd: mean(applyWhatIf(input, { redirectRate: 0 })), noControlsUsd: mean(withoutControls(input)) };
}
