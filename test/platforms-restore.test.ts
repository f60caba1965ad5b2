import { describe, expect, it } from 'vitest';
import { restoreCommand } from '../src/commands/restore.js';
import { argvOf, runBackup, sandbox } from './fakes/harness.js';
import { testIo } from './helpers/io.js';

// The platforms through the restore command: download, verify, extract, then the platform's
// restore per component, as a user's restore workflow runs them.

describe('hosted platforms through `site-backup restore`', () => {
  it('siteglide: a protected target needs `confirm`; with it, code then assets are deployed', async () => {
    const sb = await sandbox('restore-sg');
    const secrets = { MPKIT_URL: 'https://acme.platform-os.com', MPKIT_TOKEN: 'sg-restore-SECRET-2', MPKIT_EMAIL: 'ops@acme.example' };
    const inputs = { platform: 'siteglide', site: 'acme', environment: 'production' };
    const b = await runBackup(sb, { ...inputs, components: 'code,assets' }, secrets);
    expect(b.error).toBeUndefined();
    const before = sb.calls('siteglide-cli').length;
    await expect(restoreCommand(testIo({ ...inputs, store: sb.store, backup: 'latest' }, sb.env(secrets), sb.root))).rejects.toThrow(/confirm/);
    expect(sb.calls('siteglide-cli')).toHaveLength(before);
    await restoreCommand(testIo({ ...inputs, store: sb.store, backup: 'latest', confirm: 'production' }, sb.env(secrets), sb.root));
    expect(argvOf(sb.calls('siteglide-cli').slice(before))).toEqual([
      ['deploy', 'production'],
      ['deploy', 'production', '-w'],
    ]);
  });
});
