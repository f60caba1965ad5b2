import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupCommand } from '../src/commands/backup.js';
import { ConfigError } from '../src/model/errors.js';
import { testIo } from './helpers/io.js';
import { tempDir } from './helpers/tmp.js';

describe('plantanapp', () => {
  it('fails at once: no public backup API or CLI, and points self-hosted users to ssh or command', async () => {
    const root = await tempDir('sba-plantanapp-');
    const store = path.join(root, 'store');
    const io = testIo({ platform: 'plantanapp', site: 'portal', environment: 'production', store }, { RUNNER_TEMP: root }, root);
    const error = await backupCommand(io).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect(error?.message).toMatch(
      /^Input `platform`: hosted Plant an App has no public backup API or CLI.*self-hosted Plant an App \(DNN files plus a SQL Server database\), use `platform: ssh` or `platform: command`.*docs\/platform-setup\.md, "Plant an App"/s,
    );
    // Nothing that looks like a backup was started.
    expect(existsSync(path.join(store, 'portal'))).toBe(false);
  });
});
