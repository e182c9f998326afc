import { secretDetector } from './define';

// gitleaks `shopify-*`: access, custom, private-app tokens and shared secrets, 32 hex.
export const shopifyToken = secretDetector({
  id: 'secrets/shopify-token',
  label: { one: 'a Shopify token', many: 'Shopify tokens' },
  keywords: ['shpat_', 'shpca_', 'shppa_', 'shpss_'],
  patterns: [{ name: 'shopify-token', regex: /(?<![\w-])shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}(?![\w-])/g, score: 0.95 }],
  minEntropy: 2,
});
