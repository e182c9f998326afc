import type { ManagedConfig } from './config';

/** Everything the MDM kit is generated from; the collector fills it from tenant settings. */
export interface TenantMdmSettings {
  tenantName: string;
  /** Chrome/Edge extension id (stable: derived from the public key in extension/keys). */
  extensionId: string;
  /** Update manifest URL for a self-hosted CRX, or the Chrome Web Store URL. */
  chromeUpdateUrl: string;
  /** Edge Add-ons or self-hosted update URL; defaults to chromeUpdateUrl. */
  edgeUpdateUrl?: string;
  /** Firefox add-on id (browser_specific_settings.gecko.id) and where the signed .xpi lives. */
  firefoxId: string;
  firefoxInstallUrl: string;
  config: ManagedConfig;
}

export const MDM_KIT_KINDS = ['chrome-json', 'edge-json', 'chrome-reg', 'edge-reg', 'mobileconfig', 'firefox-json', 'guide'] as const;
export type MdmKitKind = (typeof MDM_KIT_KINDS)[number];

export interface MdmKitFile {
  filename: string;
  contentType: string;
  body: string;
}

/** Managed config with undefined keys dropped, in schema order, so outputs are deterministic. */
function cleanConfig(config: ManagedConfig): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(config)) if (v !== undefined) out[k] = v;
  return out;
}

function browserPolicy(s: TenantMdmSettings, updateUrl: string): Record<string, unknown> {
  return {
    ExtensionInstallForcelist: [`${s.extensionId};${updateUrl}`],
    ExtensionSettings: { [s.extensionId]: { installation_mode: 'force_installed', update_url: updateUrl, toolbar_pin: 'force_pinned' } },
    '3rdparty': { extensions: { [s.extensionId]: cleanConfig(s.config) } },
  };
}

const regString = (v: string) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** Chrome/Edge read `3rdparty` values from the registry; lists and objects as JSON strings. */
function regFile(s: TenantMdmSettings, root: string, updateUrl: string): string {
  const base = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${root}`;
  const lines = ['Windows Registry Editor Version 5.00', ''];
  lines.push(`[${base}\\ExtensionInstallForcelist]`, `"1"=${regString(`${s.extensionId};${updateUrl}`)}`, '');
  lines.push(`[${base}]`, `"ExtensionSettings"=${regString(JSON.stringify(browserPolicy(s, updateUrl).ExtensionSettings))}`, '');
  lines.push(`[${base}\\3rdparty\\extensions\\${s.extensionId}\\policy]`);
  for (const [k, v] of Object.entries(cleanConfig(s.config))) {
    if (typeof v === 'boolean') lines.push(`"${k}"=dword:${v ? '00000001' : '00000000'}`);
    else if (typeof v === 'number') lines.push(`"${k}"=dword:${v.toString(16).padStart(8, '0')}`);
    else lines.push(`"${k}"=${regString(typeof v === 'string' ? v : JSON.stringify(v))}`);
  }
  return lines.join('\r\n') + '\r\n';
}

const xmlEscape = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function plistValue(v: unknown, indent: string): string {
  if (typeof v === 'string') return `${indent}<string>${xmlEscape(v)}</string>`;
  if (typeof v === 'boolean') return `${indent}<${v}/>`;
  if (typeof v === 'number') return `${indent}<integer>${Math.trunc(v)}</integer>`;
  if (Array.isArray(v)) return [`${indent}<array>`, ...v.map((x) => plistValue(x, indent + '  ')), `${indent}</array>`].join('\n');
  if (v && typeof v === 'object') {
    const inner = Object.entries(v).flatMap(([k, x]) => [`${indent}  <key>${xmlEscape(k)}</key>`, plistValue(x, indent + '  ')]);
    return [`${indent}<dict>`, ...inner, `${indent}</dict>`].join('\n');
  }
  return `${indent}<string></string>`;
}

/** Deterministic UUID from a string (FNV-1a): the same settings give the same profile, so re-pushing replaces it. */
export function stableUuid(seed: string): string {
  let hex = '';
  for (let round = 0; hex.length < 32; round++) {
    let h = 0x811c9dc5 ^ round;
    for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193) >>> 0;
    hex += h.toString(16).padStart(8, '0');
  }
  const x = hex.slice(0, 32).toUpperCase();
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-4${x.slice(13, 16)}-8${x.slice(17, 20)}-${x.slice(20, 32)}`;
}

function mobileconfig(s: TenantMdmSettings): string {
  const id = `com.protocolzero.${s.extensionId}`;
  const payload = (type: string, content: Record<string, unknown>) => ({
    PayloadType: type,
    PayloadVersion: 1,
    PayloadIdentifier: `${id}.${type}`,
    PayloadUUID: stableUuid(`${id}.${type}`),
    PayloadDisplayName: `Protocol Zero (${type})`,
    ...content,
  });
  const chrome = browserPolicy(s, s.chromeUpdateUrl);
  const edge = browserPolicy(s, s.edgeUpdateUrl ?? s.chromeUpdateUrl);
  const config = cleanConfig(s.config);
  const profile = {
    PayloadContent: [
      payload('com.google.Chrome', { ExtensionInstallForcelist: chrome.ExtensionInstallForcelist, ExtensionSettings: chrome.ExtensionSettings }),
      payload(`com.google.Chrome.extensions.${s.extensionId}`, config),
      payload('com.microsoft.Edge', { ExtensionInstallForcelist: edge.ExtensionInstallForcelist, ExtensionSettings: edge.ExtensionSettings }),
      payload(`com.microsoft.Edge.extensions.${s.extensionId}`, config),
    ],
    PayloadDisplayName: `Protocol Zero browser extension — ${s.tenantName}`,
    PayloadIdentifier: id,
    PayloadScope: 'System',
    PayloadType: 'Configuration',
    PayloadUUID: stableUuid(id),
    PayloadVersion: 1,
  };
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    plistValue(profile, ''),
    '</plist>',
    '',
  ].join('\n');
}

function firefoxPolicies(s: TenantMdmSettings): Record<string, unknown> {
  return {
    policies: {
      ExtensionSettings: { [s.firefoxId]: { installation_mode: 'force_installed', install_url: s.firefoxInstallUrl } },
      '3rdparty': { Extensions: { [s.firefoxId]: cleanConfig(s.config) } },
    },
  };
}

function guide(s: TenantMdmSettings): string {
  return `# Deploying the Protocol Zero extension — ${s.tenantName}

The extension id is \`${s.extensionId}\` on Chrome and Edge and \`${s.firefoxId}\` on Firefox. Every file
below force-installs it and pushes the same settings (collector, gateway, enrollment secret, policy).
The enrollment secret is in these files: keep them where only IT can read them.

1. **Chrome / Edge on Windows (GPO or Intune):** import \`protocol-zero-chrome.reg\` and/or
   \`protocol-zero-edge.reg\` (\`reg import FILE\` as administrator, or push through Intune as a script).
2. **Chrome / Edge on macOS (Jamf, Kandji, Intune):** upload \`protocol-zero.mobileconfig\` as a custom
   configuration profile scoped to the devices.
3. **Chrome / Edge on Linux:** copy \`protocol-zero-chrome.json\` to \`/etc/opt/chrome/policies/managed/\`
   (Chromium: \`/etc/chromium/policies/managed/\`; Edge: \`/etc/opt/edge/policies/managed/\` with the edge file).
4. **Firefox (all systems):** place \`policies.json\` in the \`distribution/\` folder of the Firefox install,
   or merge its \`ExtensionSettings\` and \`3rdparty\` keys into your existing Firefox policy.
5. **Check:** open \`chrome://policy\` (or \`edge://policy\`, \`about:policies\`): the extension's
   policies show as loaded. Open the extension popup: it shows "Managed by ${s.tenantName}", the
   collector and "Enrolled". Nothing pushed yet shows "Not managed" with safe defaults.
`;
}

/** Pure: same settings, same bytes. The collector serves this at GET /v1/deploy/mdm-kit/:kind. */
export function buildMdmKit(s: TenantMdmSettings, kind: MdmKitKind): MdmKitFile {
  const json = (v: unknown) => JSON.stringify(v, null, 2) + '\n';
  switch (kind) {
    case 'chrome-json':
      return { filename: 'protocol-zero-chrome.json', contentType: 'application/json', body: json(browserPolicy(s, s.chromeUpdateUrl)) };
    case 'edge-json':
      return { filename: 'protocol-zero-edge.json', contentType: 'application/json', body: json(browserPolicy(s, s.edgeUpdateUrl ?? s.chromeUpdateUrl)) };
    case 'chrome-reg':
      return { filename: 'protocol-zero-chrome.reg', contentType: 'text/plain; charset=utf-8', body: regFile(s, 'Google\\Chrome', s.chromeUpdateUrl) };
    case 'edge-reg':
      return { filename: 'protocol-zero-edge.reg', contentType: 'text/plain; charset=utf-8', body: regFile(s, 'Microsoft\\Edge', s.edgeUpdateUrl ?? s.chromeUpdateUrl) };
    case 'mobileconfig':
      return { filename: 'protocol-zero.mobileconfig', contentType: 'application/x-apple-aspen-config', body: mobileconfig(s) };
    case 'firefox-json':
      return { filename: 'policies.json', contentType: 'application/json', body: json(firefoxPolicies(s)) };
    case 'guide':
      return { filename: 'README-protocol-zero-deploy.md', contentType: 'text/markdown; charset=utf-8', body: guide(s) };
  }
}
