import { describe, it } from 'vitest';

/**
 * A describe block that needs programs from Debian's packages (sshd, MariaDB, PostgreSQL…).
 * With them it runs. Without them it is skipped, loudly, on a developer's machine, and fails
 * under CI, where .ci/run installs them and their absence is a broken CI, never a pass.
 */
export function describeWithTools(name: string, missing: readonly string[], body: () => void): void {
  if (missing.length === 0) {
    describe(name, body);
    return;
  }
  if (process.env.CI) {
    describe(name, () => {
      it('has the programs it needs', () => {
        throw new Error(`${missing.join(', ')} not installed: .ci/run must install them`);
      });
    });
    return;
  }
  console.warn(`\n*** SKIPPING "${name}": ${missing.join(', ')} not installed (see the README). ***\n`);
  describe.skip(name, body);
}
