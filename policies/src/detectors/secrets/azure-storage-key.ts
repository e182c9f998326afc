import { secretDetector } from './define';

// Azure storage account keys (88 base64 characters ending "==") and Service Bus / Event Hubs
// shared access keys (44 ending "="), as they appear in connection strings.
export const azureStorageKey = secretDetector({
  id: 'secrets/azure-storage-key',
  label: { one: 'an Azure storage key', many: 'Azure storage keys' },
  keywords: ['accountkey', 'sharedaccesskey'],
  patterns: [
    { name: 'account-key', regex: /(?<=AccountKey\s{0,2}=\s{0,2})[A-Za-z0-9+/]{86}==/gi, score: 0.95 },
    { name: 'shared-access-key', regex: /(?<=SharedAccessKey\s{0,2}=\s{0,2})[A-Za-z0-9+/]{43}=/gi, score: 0.9 },
  ],
  minEntropy: 4,
});
