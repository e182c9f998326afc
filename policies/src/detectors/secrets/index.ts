import type { Detector } from '../types';
import { anthropicAdminKey } from './anthropic-admin-key';
import { anthropicApiKey } from './anthropic-api-key';
import { apiKeyAssignment } from './api-key-assignment';
import { atlassianApiToken } from './atlassian-api-token';
import { awsAccessKey } from './aws-access-key';
import { awsBedrockKey } from './aws-bedrock-key';
import { awsSecretKey } from './aws-secret-key';
import { azureAdClientSecret } from './azure-ad-client-secret';
import { azureStorageKey } from './azure-storage-key';
import { cohereApiKey } from './cohere-api-key';
import { connectionString } from './connection-string';
import { curlCredentials } from './curl-credentials';
import { databricksToken } from './databricks-token';
import { datadogApiKey } from './datadog-api-key';
import { deepseekApiKey } from './deepseek-api-key';
import { digitaloceanToken } from './digitalocean-token';
import { discordBotToken } from './discord-bot-token';
import { facebookToken } from './facebook-token';
import { fireworksApiKey } from './fireworks-api-key';
import { gcpApiKey } from './gcp-api-key';
import { gcpServiceAccount } from './gcp-service-account';
import { githubToken } from './github-token';
import { gitlabToken } from './gitlab-token';
import { grafanaToken } from './grafana-token';
import { groqApiKey } from './groq-api-key';
import { herokuApiKey } from './heroku-api-key';
import { huggingfaceToken } from './huggingface-token';
import { infracostToken } from './infracost-token';
import { jwt } from './jwt';
import { linearApiKey } from './linear-api-key';
import { mailchimpApiKey } from './mailchimp-api-key';
import { mailgunApiKey } from './mailgun-api-key';
import { mistralApiKey } from './mistral-api-key';
import { notionToken } from './notion-token';
import { npmToken } from './npm-token';
import { octopusDeployApiKey } from './octopus-deploy-api-key';
import { oktaToken } from './okta-token';
import { onepasswordToken } from './onepassword-token';
import { openaiApiKey } from './openai-api-key';
import { openrouterApiKey } from './openrouter-api-key';
import { openshiftToken } from './openshift-token';
import { passwordAssignment } from './password-assignment';
import { perplexityApiKey } from './perplexity-api-key';
import { postmanApiKey } from './postman-api-key';
import { prefectToken } from './prefect-token';
import { privateKey } from './private-key';
import { pulumiToken } from './pulumi-token';
import { pypiToken } from './pypi-token';
import { readmeToken } from './readme-token';
import { replicateApiToken } from './replicate-api-token';
import { scalingoToken } from './scalingo-token';
import { sendgridApiKey } from './sendgrid-api-key';
import { sentryToken } from './sentry-token';
import { shopifyToken } from './shopify-token';
import { slackToken } from './slack-token';
import { slackWebhook } from './slack-webhook';
import { snykToken } from './snyk-token';
import { sonarToken } from './sonar-token';
import { sourcegraphToken } from './sourcegraph-token';
import { squareToken } from './square-token';
import { stripeKey } from './stripe-key';
import { sumologicKey } from './sumologic-key';
import { telegramBotToken } from './telegram-bot-token';
import { togetherApiKey } from './together-api-key';
import { twilioKey } from './twilio-key';
import { urlCredentials } from './url-credentials';
import { vaultToken } from './vault-token';
import { xaiApiKey } from './xai-api-key';

// Total record for the family: an id without a detector fails to compile.
export type SecretDetectorId =
  | 'secrets/anthropic-admin-key'
  | 'secrets/anthropic-api-key'
  | 'secrets/api-key-assignment'
  | 'secrets/atlassian-api-token'
  | 'secrets/aws-access-key'
  | 'secrets/aws-bedrock-key'
  | 'secrets/aws-secret-key'
  | 'secrets/azure-ad-client-secret'
  | 'secrets/azure-storage-key'
  | 'secrets/cohere-api-key'
  | 'secrets/connection-string'
  | 'secrets/curl-credentials'
  | 'secrets/databricks-token'
  | 'secrets/datadog-api-key'
  | 'secrets/deepseek-api-key'
  | 'secrets/digitalocean-token'
  | 'secrets/discord-bot-token'
  | 'secrets/facebook-token'
  | 'secrets/fireworks-api-key'
  | 'secrets/gcp-api-key'
  | 'secrets/gcp-service-account'
  | 'secrets/github-token'
  | 'secrets/gitlab-token'
  | 'secrets/grafana-token'
  | 'secrets/groq-api-key'
  | 'secrets/heroku-api-key'
  | 'secrets/huggingface-token'
  | 'secrets/infracost-token'
  | 'secrets/jwt'
  | 'secrets/linear-api-key'
  | 'secrets/mailchimp-api-key'
  | 'secrets/mailgun-api-key'
  | 'secrets/mistral-api-key'
  | 'secrets/notion-token'
  | 'secrets/npm-token'
  | 'secrets/octopus-deploy-api-key'
  | 'secrets/okta-token'
  | 'secrets/onepassword-token'
  | 'secrets/openai-api-key'
  | 'secrets/openrouter-api-key'
  | 'secrets/openshift-token'
  | 'secrets/password-assignment'
  | 'secrets/perplexity-api-key'
  | 'secrets/postman-api-key'
  | 'secrets/prefect-token'
  | 'secrets/private-key'
  | 'secrets/pulumi-token'
  | 'secrets/pypi-token'
  | 'secrets/readme-token'
  | 'secrets/replicate-api-token'
  | 'secrets/scalingo-token'
  | 'secrets/sendgrid-api-key'
  | 'secrets/sentry-token'
  | 'secrets/shopify-token'
  | 'secrets/slack-token'
  | 'secrets/slack-webhook'
  | 'secrets/snyk-token'
  | 'secrets/sonar-token'
  | 'secrets/sourcegraph-token'
  | 'secrets/square-token'
  | 'secrets/stripe-key'
  | 'secrets/sumologic-key'
  | 'secrets/telegram-bot-token'
  | 'secrets/together-api-key'
  | 'secrets/twilio-key'
  | 'secrets/url-credentials'
  | 'secrets/vault-token'
  | 'secrets/xai-api-key';

export const SECRET_DETECTORS: Record<SecretDetectorId, Detector> = {
  'secrets/anthropic-admin-key': anthropicAdminKey,
  'secrets/anthropic-api-key': anthropicApiKey,
  'secrets/api-key-assignment': apiKeyAssignment,
  'secrets/atlassian-api-token': atlassianApiToken,
  'secrets/aws-access-key': awsAccessKey,
  'secrets/aws-bedrock-key': awsBedrockKey,
  'secrets/aws-secret-key': awsSecretKey,
  'secrets/azure-ad-client-secret': azureAdClientSecret,
  'secrets/azure-storage-key': azureStorageKey,
  'secrets/cohere-api-key': cohereApiKey,
  'secrets/connection-string': connectionString,
  'secrets/curl-credentials': curlCredentials,
  'secrets/databricks-token': databricksToken,
  'secrets/datadog-api-key': datadogApiKey,
  'secrets/deepseek-api-key': deepseekApiKey,
  'secrets/digitalocean-token': digitaloceanToken,
  'secrets/discord-bot-token': discordBotToken,
  'secrets/facebook-token': facebookToken,
  'secrets/fireworks-api-key': fireworksApiKey,
  'secrets/gcp-api-key': gcpApiKey,
  'secrets/gcp-service-account': gcpServiceAccount,
  'secrets/github-token': githubToken,
  'secrets/gitlab-token': gitlabToken,
  'secrets/grafana-token': grafanaToken,
  'secrets/groq-api-key': groqApiKey,
  'secrets/heroku-api-key': herokuApiKey,
  'secrets/huggingface-token': huggingfaceToken,
  'secrets/infracost-token': infracostToken,
  'secrets/jwt': jwt,
  'secrets/linear-api-key': linearApiKey,
  'secrets/mailchimp-api-key': mailchimpApiKey,
  'secrets/mailgun-api-key': mailgunApiKey,
  'secrets/mistral-api-key': mistralApiKey,
  'secrets/notion-token': notionToken,
  'secrets/npm-token': npmToken,
  'secrets/octopus-deploy-api-key': octopusDeployApiKey,
  'secrets/okta-token': oktaToken,
  'secrets/onepassword-token': onepasswordToken,
  'secrets/openai-api-key': openaiApiKey,
  'secrets/openrouter-api-key': openrouterApiKey,
  'secrets/openshift-token': openshiftToken,
  'secrets/password-assignment': passwordAssignment,
  'secrets/perplexity-api-key': perplexityApiKey,
  'secrets/postman-api-key': postmanApiKey,
  'secrets/prefect-token': prefectToken,
  'secrets/private-key': privateKey,
  'secrets/pulumi-token': pulumiToken,
  'secrets/pypi-token': pypiToken,
  'secrets/readme-token': readmeToken,
  'secrets/replicate-api-token': replicateApiToken,
  'secrets/scalingo-token': scalingoToken,
  'secrets/sendgrid-api-key': sendgridApiKey,
  'secrets/sentry-token': sentryToken,
  'secrets/shopify-token': shopifyToken,
  'secrets/slack-token': slackToken,
  'secrets/slack-webhook': slackWebhook,
  'secrets/snyk-token': snykToken,
  'secrets/sonar-token': sonarToken,
  'secrets/sourcegraph-token': sourcegraphToken,
  'secrets/square-token': squareToken,
  'secrets/stripe-key': stripeKey,
  'secrets/sumologic-key': sumologicKey,
  'secrets/telegram-bot-token': telegramBotToken,
  'secrets/together-api-key': togetherApiKey,
  'secrets/twilio-key': twilioKey,
  'secrets/url-credentials': urlCredentials,
  'secrets/vault-token': vaultToken,
  'secrets/xai-api-key': xaiApiKey,
};
