import { describe, expect, it } from 'vitest';
import { restoreCommand } from '../src/commands/restore.js';
import { argvOf, runBackup, sandbox } from './fakes/harness.js';
import { testIo } from './helpers/io.js';

// The platforms through the restore command: download, verify, extract, then the platform's
// restore per component, as a user's restore workflow runs them.

describe('hosted platforms through `site-backup restore`', () => {
  it('platformsh: a backup restored into another environment with `sql` and `mount:upload`', async () => {
    const sb = await sandbox('restore-psh');
    const token = { PLATFORMSH_CLI_TOKEN: 'psh-restore-SECRET-1' };
    const inputs = { platform: 'platformsh', site: 'shop', environment: 'main', project: 'abc123' };
    const b = await runBackup(sb, { ...inputs, components: 'assets,data' }, token);
    expect(b.error).toBeUndefined();
    const before = sb.calls('platform').length;
    const io = testIo({ ...inputs, store: sb.store, backup: 'latest', 'target-environment': 'staging' }, sb.env(token), sb.root);
    await restoreCommand(io);
    const scope = ['-p', 'abc123', '-e', 'staging', '--yes'];
    expect(argvOf(sb.calls('platform').slice(before))).toEqual([
      ['mount:list', ...scope, '--paths'],
      ['mount:upload', ...scope, '--source', '<tmp>/files', '--mount', 'web/sites/default/files'],
      ['mount:upload', ...scope, '--source', '<tmp>/private', '--mount', 'private'],
      ['sql', ...scope, '-r', 'database'],
      ['sql', ...scope, '-r', 'reports'],
    ]);
    expect(sb.readState<{ sql: string }>('sql-reports.json')!.sql).toContain('PostgreSQL database dump complete');
  });

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
