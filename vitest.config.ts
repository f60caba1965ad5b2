import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// The slowest test files of the last fresh-clone `.ci/run` (the ten it prints at the end), slowest
// first. A fresh clone has no vitest duration cache, so vitest would order by file size and could
// start a one-minute file last, leaving one worker idle while the other finishes it. Started
// first, the long files overlap each other and the short ones fill in at the end.
const SLOWEST_FIRST = [
  'test/platforms-platformsh.test.ts',
  'test/platforms-divio.test.ts',
  'test/platforms-platformos.test.ts',
  'test/copy-restic.test.ts',
  'test/ssh-roundtrip.test.ts',
  'test/platforms-install.test.ts',
  'test/hardening-faults.test.ts',
  'test/pull-cache.test.ts',
  'test/restore.test.ts',
  'test/restic-local.test.ts',
];

class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification): number => {
      const i = SLOWEST_FIRST.indexOf(path.relative(f.project.config.root, f.moduleId).split(path.sep).join('/'));
      return i < 0 ? SLOWEST_FIRST.length : i;
    };
    // Stable: the files not listed keep vitest's own order (its duration cache, else size).
    return sorted
      .map((f, i) => ({ f, i }))
      .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
      .map(({ f }) => f);
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    // Integration tests start real servers (S3, Azurite, sshd, MariaDB); give them room on 2 cores.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    maxWorkers: 2,
    sequence: { sequencer: SlowestFirst },
  },
});
