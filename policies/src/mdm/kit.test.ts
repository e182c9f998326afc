import { describe, expect, it } from 'vitest';
import { buildMdmKit, MDM_KIT_KINDS, stableUuid, type TenantMdmSettings } from './kit';

const settings: TenantMdmSettings = {
  tenantName: 'Acme <Corp> & Co',
  extensionId: 'mimbdjloeejbdiphnialmailcpacdiaf',
  chromeUpdateUrl: 'https://pz.acme.test/ext/update.xml',
  firefoxId: 'extension@protocol-zero.dev',
  firefoxInstallUrl: 'https://pz.acme.test/ext/pz.xpi',
  config: {
    collectorUrl: 'https://pz.acme.test',
    gatewayUrl: 'https://pz.acme.test',
    enrollmentSecret: 'secret-"quoted"-0123456789',
    telemetryLevel: 'all',
    siteOverrides: [{ site: 'claude', tier: 'sanctioned' }],
    policy: 'rules: []  # a < b',
  },
};

describe('buildMdmKit', () => {
  it.each(MDM_KIT_KINDS)('%s is deterministic and names the extension', (kind) => {
    const a = buildMdmKit(settings, kind);
    expect(a.body).toBe(buildMdmKit(settings, kind).body);
    expect(a.body).toContain(kind === 'firefox-json' ? settings.firefoxId : settings.extensionId);
    expect(a.filename.length).toBeGreaterThan(4);
  });

  it.each([
    ['chrome-json', settings.chromeUpdateUrl],
    ['edge-json', settings.chromeUpdateUrl],
  ] as const)('%s force-installs and carries 3rdparty config', (kind, url) => {
    const doc = JSON.parse(buildMdmKit(settings, kind).body);
    expect(doc.ExtensionInstallForcelist).toEqual([`${settings.extensionId};${url}`]);
    expect(doc.ExtensionSettings[settings.extensionId].installation_mode).toBe('force_installed');
    expect(doc['3rdparty'].extensions[settings.extensionId]).toEqual(settings.config);
  });

  it('firefox policies.json uses the gecko id and Extensions casing', () => {
    const doc = JSON.parse(buildMdmKit(settings, 'firefox-json').body);
    expect(doc.policies.ExtensionSettings[settings.firefoxId].install_url).toBe(settings.firefoxInstallUrl);
    expect(doc.policies['3rdparty'].Extensions[settings.firefoxId].collectorUrl).toBe('https://pz.acme.test');
  });

  it.each([
    ['chrome-reg', 'Google\\Chrome'],
    ['edge-reg', 'Microsoft\\Edge'],
  ] as const)('%s writes registry keys with escaped strings and JSON lists', (kind, root) => {
    const body = buildMdmKit(settings, kind).body;
    expect(body.startsWith('Windows Registry Editor Version 5.00\r\n')).toBe(true);
    expect(body).toContain(`[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${root}\\3rdparty\\extensions\\${settings.extensionId}\\policy]`);
    expect(body).toContain('"enrollmentSecret"="secret-\\"quoted\\"-0123456789"');
    expect(body).toContain('"siteOverrides"="[{\\"site\\":\\"claude\\",\\"tier\\":\\"sanctioned\\"}]"');
  });

  it('mobileconfig is balanced XML with escaped text and per-browser extension payloads', () => {
    const body = buildMdmKit(settings, 'mobileconfig').body;
    for (const tag of ['dict', 'array', 'plist']) expect(body.split(`<${tag}`).length).toBe(body.split(`</${tag}>`).length);
    expect(body).toContain(`<string>com.google.Chrome.extensions.${settings.extensionId}</string>`);
    expect(body).toContain(`<string>com.microsoft.Edge.extensions.${settings.extensionId}</string>`);
    expect(body).toContain('a &lt; b');
    expect(body).toContain('Acme &lt;Corp&gt; &amp; Co');
  });

  it('stableUuid is a v4-shaped uuid that depends on its seed', () => {
    expect(stableUuid('a')).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-8[0-9A-F]{3}-[0-9A-F]{12}$/);
    expect(stableUuid('a')).not.toBe(stableUuid('b'));
  });
});
