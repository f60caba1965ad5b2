import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GROUP_TITLES, usage } from '../src/commands/help.js';
import { COMMANDS } from '../src/commands/index.js';
import { ConfigError } from '../src/model/errors.js';
import { INPUTS, type InputSpec } from '../src/config/inputs.js';
import { consoleReporter, speak } from '../src/config/surface.js';
import { tempDir } from './helpers/tmp.js';

// The CLI speaks CLI: flags and environment variables, never action inputs or `${{ }}`
// expressions, and its help is grouped with whole descriptions.

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), path.resolve('src/bin/cli.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('speak', () => {
  it('turns the Actions form into flags and environment variables in the CLI, and leaves Actions alone', () => {
    const msg =
      'To go ahead, set `confirm: production` (CLI: `--confirm production`). Protected environments: production (input `protected-environments`). Try `dry-run: true` first.';
    expect(speak(msg, 'action')).toBe(msg);
    expect(speak(msg, 'cli')).toBe(
      'To go ahead, set `--confirm production`. Protected environments: production (`--protected-environments`). Try `--dry-run` first.',
    );
    expect(speak(new ConfigError('site', '"Bad Name" is not a valid site name', 'Use lower case.').message, 'cli')).toBe(
      '--site: "Bad Name" is not a valid site name. Use lower case.',
    );
    expect(speak('`mysql://root:${{ env.DB_PASSWORD }}@127.0.0.1:3306/drill`', 'cli')).toBe(
      '`mysql://root:$DB_PASSWORD@127.0.0.1:3306/drill`',
    );
    expect(speak('Pass `restic-password: ${{ secrets.RESTIC_PASSWORD }}`.', 'cli')).toBe('Pass `--restic-password $RESTIC_PASSWORD`.');
    expect(speak('Pass `${{ steps.<backup step id>.outcome }}`: `success` or `failure`.', 'cli')).toBe(
      "Pass the backup's outcome: `success` or `failure`.",
    );
    expect(speak('pass it with `env: { DIVIO_TOKEN: ${{ secrets.DIVIO_TOKEN }} }`', 'cli')).toBe('pass it with `export DIVIO_TOKEN=…`');
    expect(speak('the default `${{ github.token }}` works', 'cli')).toBe('the default `$GITHUB_TOKEN` works');
    // Backticked words that are not inputs stay as they are.
    expect(speak('`restic` and `artifact` and `drill-sql: x y`', 'cli')).toBe("`restic` and `artifact` and `--drill-sql 'x y'`");
  });

  it("is what the CLI's reporter prints", () => {
    let out = '';
    const log = consoleReporter({ write: (s: string) => ((out += s), true) } as unknown as NodeJS.WritableStream);
    log.error(new ConfigError('confirm', 'does not match', 'Set `confirm: production`.').message, 'input confirm');
    log.info('Try `dry-run: true`.');
    expect(out).toBe('error: --confirm: does not match. Set `--confirm production`.\nTry `--dry-run`.\n');
  });
});

describe('site-backup help', () => {
  it('groups every flag of every command as what / where / how / safety, with whole descriptions', () => {
    // The expected flags come from the action inputs (and each command's extra flags), not from
    // the help code: an input that help forgot, or a flag it made up, fails here.
    const titles = Object.values(GROUP_TITLES);
    for (const [name, cmd] of Object.entries(COMMANDS)) {
      const text = usage(name);
      const expected = new Map<string, string>();
      for (const [input, spec] of Object.entries(INPUTS) as [string, InputSpec][])
        if (spec.actions.includes(cmd.inputsOf)) expected.set(input, speak(spec.description, 'cli'));
      for (const [flag, spec] of Object.entries(cmd.extraFlags ?? {})) expected.set(flag, speak(spec.description, 'cli'));
      expect(expected.size, name).toBeGreaterThan(0);
      // Each flag line, under the group title it stands below; group titles in their order.
      const listed = new Map<string, string>();
      let group = '';
      const seen: string[] = [];
      for (const line of text.split('\n')) {
        const title = titles.find((t) => line === `${t}:`);
        if (title) seen.push((group = title));
        const m = /^ {2}--([a-z][a-z0-9-]*)( |$)/.exec(line);
        if (m) {
          expect(listed.has(m[1]!), `${name} --${m[1]} twice`).toBe(false);
          listed.set(m[1]!, group);
        }
      }
      expect([...listed.keys()].sort(), name).toEqual([...expected.keys()].sort());
      expect(seen, name).toEqual(titles.filter((t) => seen.includes(t)));
      // Whole descriptions: every word of each input's description is in the help (wrapped).
      const flat = text.replace(/\s+/g, ' ');
      for (const [flag, description] of expected) expect(flat, `${name} --${flag}`).toContain(description.replace(/\s+/g, ' '));
      expect(text, name).not.toMatch(/\$\{\{|Input `|\binputs? `/);
      const where: Record<string, string> = {
        site: GROUP_TITLES.what,
        store: GROUP_TITLES.where,
        'dry-run': GROUP_TITLES.safety,
        'data-command': GROUP_TITLES.how,
        confirm: GROUP_TITLES.safety,
      };
      for (const [flag, title] of Object.entries(where)) if (listed.has(flag)) expect(listed.get(flag), `${name} --${flag}`).toBe(title);
    }
    const restore = usage('restore');
    // Help used to stop at the first full stop.
    const spec = INPUTS['ssh-key'] as InputSpec;
    expect(spec.description.split('. ').length).toBeGreaterThan(2);
    expect(restore.replace(/\s+/g, ' ')).toContain('deleted afterwards. Empty uses the SSH agent and default keys.');
    expect(usage('prune').replace(/\s+/g, ' ')).toMatch(
      /--github-token <value> +Token for the GitHub API[^]*\(default: GITHUB_TOKEN from the environment\)/,
    );
    expect(usage('backup').replace(/\s+/g, ' ')).toMatch(/--store <value> +Where backups live[^]*\(default: site-backups\)/);
  });

  it('a refused restore of a protected environment tells the terminal user the flag to type', async () => {
    const cwd = await tempDir('sba-help-');
    const store = path.join(cwd, 'store');
    expect(
      cli(['backup', '--site', 'acme', '--store', store, '--data-command', 'echo "select 1;" > "$BACKUP_OUT/x.sql"'], cwd).status,
    ).toBe(0);
    const r = cli(['restore', '--site', 'acme', '--store', store, '--restore-dir', path.join(cwd, 'out')], cwd);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('`--confirm production`');
    expect(r.stderr).not.toMatch(/`confirm:|\$\{\{/);
    const bad = cli(['backup', '--site', 'Bad Name', '--data-command', 'true'], cwd);
    // A harmless value is quoted back (only secret inputs and key-shaped values are hidden), and the flag is named.
    expect(bad.stderr).toMatch(/^error: --site: "Bad Name" is not a valid site name/m);
  });
});
