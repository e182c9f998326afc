// Which third-party rule families our detectors claim, and how to score them on labelled cases.
// Pure: the bench (bench/detect/secrets.ts) and eval.test.ts read the files and pass rows in.
import { resolveOverlaps, runDetector } from '../engine';
import type { Detector, Finding } from '../types';
import { SECRET_DETECTORS, type SecretDetectorId } from './index';

type Claim = readonly SecretDetectorId[];

/** gitleaks rule id → the detectors that cover it. Rules not listed are reported as not covered. */
export const GITLEAKS_COVERAGE: Readonly<Record<string, Claim>> = {
  '1password-secret-key': ['secrets/onepassword-token'],
  '1password-service-account-token': ['secrets/onepassword-token'],
  'anthropic-admin-api-key': ['secrets/anthropic-admin-key'],
  'anthropic-api-key': ['secrets/anthropic-api-key'],
  'aws-access-token': ['secrets/aws-access-key'],
  'aws-amazon-bedrock-api-key-long-lived': ['secrets/aws-bedrock-key'],
  'azure-ad-client-secret': ['secrets/azure-ad-client-secret'],
  'cohere-api-token': ['secrets/cohere-api-key'],
  'curl-auth-header': ['secrets/api-key-assignment'],
  'curl-auth-user': ['secrets/curl-credentials'],
  'databricks-api-token': ['secrets/databricks-token'],
  'facebook-access-token': ['secrets/facebook-token'],
  'facebook-page-access-token': ['secrets/facebook-token'],
  'facebook-secret': ['secrets/facebook-token'],
  'gcp-api-key': ['secrets/gcp-api-key'],
  'gcp-service-account': ['secrets/gcp-service-account'],
  'generic-api-key': ['secrets/api-key-assignment', 'secrets/password-assignment'],
  'github-app-token': ['secrets/github-token'],
  'github-fine-grained-pat': ['secrets/github-token'],
  'github-oauth': ['secrets/github-token'],
  'github-pat': ['secrets/github-token'],
  'github-refresh-token': ['secrets/github-token'],
  'gitlab-pat': ['secrets/gitlab-token'],
  'gitlab-pat-routable': ['secrets/gitlab-token'],
  'gitlab-ptt': ['secrets/gitlab-token'],
  'gitlab-rrt': ['secrets/gitlab-token'],
  'gitlab-runner-authentication-token-routable': ['secrets/gitlab-token'],
  'grafana-cloud-api-token': ['secrets/grafana-token'],
  'grafana-service-account-token': ['secrets/grafana-token'],
  'heroku-api-key': ['secrets/heroku-api-key'],
  'heroku-api-key-v2': ['secrets/heroku-api-key'],
  'huggingface-access-token': ['secrets/huggingface-token'],
  'huggingface-organization-api-token': ['secrets/huggingface-token'],
  'infracost-api-token': ['secrets/infracost-token'],
  jwt: ['secrets/jwt'],
  'mailchimp-api-key': ['secrets/mailchimp-api-key'],
  'notion-api-token': ['secrets/notion-token'],
  'octopus-deploy-api-key': ['secrets/octopus-deploy-api-key'],
  'okta-access-token': ['secrets/okta-token'],
  'openai-api-key': ['secrets/openai-api-key'],
  'openshift-user-token': ['secrets/openshift-token'],
  'perplexity-api-key': ['secrets/perplexity-api-key'],
  'prefect-api-token': ['secrets/prefect-token'],
  'private-key': ['secrets/private-key'],
  'pulumi-api-token': ['secrets/pulumi-token'],
  'readme-api-token': ['secrets/readme-token'],
  'scalingo-api-token': ['secrets/scalingo-token'],
  'sentry-org-token': ['secrets/sentry-token'],
  'sidekiq-sensitive-url': ['secrets/url-credentials'],
  'slack-app-token': ['secrets/slack-token'],
  'slack-bot-token': ['secrets/slack-token'],
  'slack-config-access-token': ['secrets/slack-token'],
  'slack-config-refresh-token': ['secrets/slack-token'],
  'slack-legacy-bot-token': ['secrets/slack-token'],
  'slack-legacy-token': ['secrets/slack-token'],
  'slack-legacy-workspace-token': ['secrets/slack-token'],
  'slack-user-token': ['secrets/slack-token'],
  'slack-webhook-url': ['secrets/slack-webhook'],
  'snyk-api-token': ['secrets/snyk-token'],
  'sonar-api-token': ['secrets/sonar-token'],
  'sourcegraph-access-token': ['secrets/sourcegraph-token'],
  'square-access-token': ['secrets/square-token'],
  'square-secret': ['secrets/square-token'],
  'stripe-access-token': ['secrets/stripe-key'],
  'sumologic-access-id': ['secrets/sumologic-key'],
  'sumologic-access-token': ['secrets/sumologic-key'],
  'vault-service-token': ['secrets/vault-token'],
};

/** detect-secrets plugin test file → the detectors that cover that plugin. */
export const DETECT_SECRETS_COVERAGE: Readonly<Record<string, Claim>> = {
  'azure_storage_key_test.py': ['secrets/azure-storage-key'],
  'basic_auth_test.py': ['secrets/url-credentials', 'secrets/connection-string'],
  'discord_test.py': ['secrets/discord-bot-token'],
  'github_token_test.py': ['secrets/github-token'],
  'gitlab_token_test.py': ['secrets/gitlab-token'],
  'jwt_test.py': ['secrets/jwt'],
  'mailchimp_key_test.py': ['secrets/mailchimp-api-key'],
  'npm_test.py': ['secrets/npm-token'],
  'openai_test.py': ['secrets/openai-api-key'],
  'private_key_test.py': ['secrets/private-key'],
  'pypi_token_test.py': ['secrets/pypi-token'],
  'sendgrid_test.py': ['secrets/sendgrid-api-key'],
  'slack_test.py': ['secrets/slack-token', 'secrets/slack-webhook'],
  'square_oauth_test.py': ['secrets/square-token'],
  'stripe_key_test.py': ['secrets/stripe-key'],
  'telegram_token_test.py': ['secrets/telegram-bot-token'],
  'twilio_test.py': ['secrets/twilio-key'],
};

/**
 * Labelled cases we judge the third party to have wrong for a prompt-DLP tool, with the reason.
 * Reported separately (raw and adjusted figures are both printed); kept short on purpose.
 */
export const JUDGED_DISAGREEMENTS: Readonly<Record<string, string>> = {
  SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx: 'detect-secrets flags an all-x Twilio mask; a mask is not a secret',
  ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx: 'detect-secrets flags an all-x Twilio SID mask',
  '//registry.npmjs.org/:_authToken=npm_xxxxxxxxxxx': 'detect-secrets flags an all-x npm token mask',
  'https://hooks.slack.com/services/Txxxxxxxx/Bxxxxxxxx/xxxxxxxxxxxxxxxxxxxxxxxx': 'detect-secrets flags an all-x webhook mask',
  'https://username:password@yelp.com': 'the literal words "username:password" are documentation, not a credential',
};

export interface LabelledCase {
  family: string;
  text: string;
  positive: boolean;
}

/** gitleaks_rule_examples.derived.jsonl row → case. */
export function gitleaksCase(row: { rule_id: string; kind: string; text: string }): LabelledCase {
  return { family: row.rule_id, text: row.text, positive: row.kind === 'true_positive' };
}

/**
 * detect_secrets_plugin_cases.derived.jsonl row → case, or null for rows that carry no text
 * (entropy-limit and HTTP-verification tests). Rows without should_flag come from tests that
 * assert a finding (slack, square, private key), so they are positives.
 */
export function detectSecretsCase(row: Record<string, unknown>): LabelledCase | null {
  const text = row.payload ?? row.line ?? row.file_content;
  if (typeof text !== 'string' || text === '') return null;
  const flag = row.should_flag ?? row.should_be_caught;
  return { family: String(row._file), text, positive: flag === undefined ? true : flag === true };
}

/** Secret findings in `text`, produced exactly as classify() does (engine, 0.5 floor, overlaps). */
export function findSecrets(text: string, detectors: readonly Detector[], minScore = 0.5): Finding[] {
  const lower = text.toLowerCase();
  const raw = detectors.flatMap((d) => runDetector(d, text, lower));
  return resolveOverlaps(raw.filter((f) => f.score >= minScore));
}

export interface FamilyScore {
  family: string;
  positives: number;
  found: number;
  negatives: number;
  flagged: number;
}

export interface CoverageReport {
  families: FamilyScore[];
  total: FamilyScore;
  uncovered: string[];
  misses: LabelledCase[];
  falseAlarms: LabelledCase[];
}

/**
 * Scores covered families. `scope: 'claimed'` runs only the detectors claiming the family (did the
 * right detector fire?); `scope: 'all'` runs every secrets detector (what a user would see).
 */
export function scoreCoverage(
  cases: readonly LabelledCase[],
  coverage: Readonly<Record<string, Claim>>,
  opts: { scope: 'claimed' | 'all'; excludeJudged?: boolean },
): CoverageReport {
  const all = Object.values(SECRET_DETECTORS);
  const byFamily = new Map<string, FamilyScore>();
  const uncovered = new Set<string>();
  const misses: LabelledCase[] = [];
  const falseAlarms: LabelledCase[] = [];
  for (const c of cases) {
    const claim = coverage[c.family];
    if (!claim) {
      uncovered.add(c.family);
      continue;
    }
    if (opts.excludeJudged && c.text in JUDGED_DISAGREEMENTS) continue;
    const detectors = opts.scope === 'all' ? all : claim.map((id) => SECRET_DETECTORS[id]);
    const hit = findSecrets(c.text, detectors).length > 0;
    const s = byFamily.get(c.family) ?? { family: c.family, positives: 0, found: 0, negatives: 0, flagged: 0 };
    if (c.positive) {
      s.positives++;
      if (hit) s.found++;
      else misses.push(c);
    } else {
      s.negatives++;
      if (hit) {
        s.flagged++;
        falseAlarms.push(c);
      }
    }
    byFamily.set(c.family, s);
  }
  const families = [...byFamily.values()].sort((a, b) => a.family.localeCompare(b.family));
  const total = families.reduce(
    (t, f) => ({ ...t, positives: t.positives + f.positives, found: t.found + f.found, negatives: t.negatives + f.negatives, flagged: t.flagged + f.flagged }),
    { family: 'overall', positives: 0, found: 0, negatives: 0, flagged: 0 },
  );
  return { families, total, uncovered: [...uncovered].sort(), misses, falseAlarms };
}
