import { describe, expect, it } from 'vitest';
import { ConfigError } from '../src/config/errors.js';
import { expectFailedWithoutManifest, runBackup, sandbox, storedBackups } from './fakes/harness.js';

describe('plantanapp', () => {
  it('fails at once: no public backup API or CLI, and points self-hosted users to ssh or command', async () => {
    const sb = await sandbox('plantanapp');
    const run = await runBackup(sb, { platform: 'plantanapp', site: 'portal', environment: 'production' });
    await expectFailedWithoutManifest(
      sb,
      run,
      'portal',
      'production',
      /^Input `platform`: hosted Plant an App has no public backup API or CLI.*self-hosted Plant an App \(DNN files plus a SQL Server database\), use `platform: ssh` or `platform: command`.*README, "Plant an App"/s,
    );
    expect(run.error).toBeInstanceOf(ConfigError);
    expect((await storedBackups(sb, 'portal', 'production')).dirs).toEqual([]);
    expect(sb.calls()).toEqual([]);
  });
});
