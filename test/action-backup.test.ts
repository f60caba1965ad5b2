import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseManifest } from '../src/model/manifest.js';
import { otherNodes, runBundle } from './helpers/runner.js';
import { tempDir } from './helpers/tmp.js';

const BUNDLE = path.resolve('dist/backup/index.js');
let root: string;

beforeAll(async () => {
  root = await tempDir();
  mkdirSync(path.join(root, 'site'));
  writeFileSync(path.join(root, 'site/dump.sql'), 'CREATE TABLE t (id int);\n'.repeat(1000));
});

const inputs = (store: string, extra: Record<string, string> = {}) => ({
  site: 'acme',
  platform: 'command',
  environment: 'production',
  store,
  'data-command': `cp '${root}/site/dump.sql' "$BACKUP_OUT/"`,
  // As action.yml defaults reach a real runner:
  compression: 'zstd',
  trigger: 'auto',
  timeout: '60m',
  ...extra,
});

const nodes = [process.execPath, ...otherNodes()];

describe.each(nodes)('dist/backup/index.js under %s', (node) => {
  it('backs up, sets every output and writes the summary', () => {
    const store = path.join(root, `store-${nodes.indexOf(node)}`);
    const r = runBundle(BUNDLE, inputs(store), {
      workDir: path.join(root, `work-${nodes.indexOf(node)}`),
      node,
      env: { GITHUB_EVENT_NAME: 'schedule', GITHUB_RUN_ID: '777', GITHUB_REPOSITORY: 'acme/site' },
      event: { schedule: '17 3 * * *' },
    });
    expect(r.stderr + r.stdout).not.toMatch(/::error/);
    expect(r.status).toBe(0);
    expect(r.outputs['backup-id']).toMatch(/^\d{8}T\d{6}Z-scheduled-r777s[0-9a-f]{6}$/);
    expect(r.outputs.skipped).toBe('false');
    const dir = path.join(store, 'acme/production', r.outputs['backup-id']!);
    expect(r.outputs.location).toBe(`file://${dir}/`);
    expect(r.outputs.manifest).toBe(`file://${dir}/manifest.json`);
    expect(r.outputs['manifest-sha256']).toBe(
      createHash('sha256')
        .update(readFileSync(path.join(dir, 'manifest.json')))
        .digest('hex'),
    );
    const m = parseManifest(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    let stored = 0;
    for (const c of m.components) {
      const bytes = readFileSync(path.join(dir, c.object));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(c.sha256);
      stored += bytes.length;
    }
    expect(r.outputs.bytes).toBe(String(stored));
    expect(r.summary).toContain(`## Backup acme/production: \`${r.outputs['backup-id']}\``);
    expect(r.summary).toMatch(/\| data \| 1 \| 24\.4 KiB \|/);
  });

  it('masks every secret input, and each line of a multi-line one', () => {
    const key = [
      '-----BEGIN OPENSSH PRIVATE KEY-----',
      'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ',
      'QyNTUxOQAAACBFscv8KU4HG27dlE1KXwdLQkgGEafc',
      '-----END OPENSSH PRIVATE KEY-----',
    ].join('\n');
    const r = runBundle(
      BUNDLE,
      { ...inputs(path.join(root, `mask-${nodes.indexOf(node)}`)), 'ssh-key': key, 'github-token': 'ghs_exampletoken1234567890' },
      { workDir: path.join(root, 'work-mask'), node },
    );
    expect(r.status).toBe(0);
    const masks = r.stdout
      .split('\n')
      .filter((l) => l.startsWith('::add-mask::'))
      .map((l) => l.slice('::add-mask::'.length));
    expect(masks).toContain('ghs_exampletoken1234567890');
    for (const line of key.split('\n')) expect(masks).toContain(line);
  });

  it.each([
    [{ site: '../x' }, 'site'],
    [{ site: 'Acme' }, 'site'],
    [{ platform: 'wordpress-com' }, 'platform'],
    [{ store: 'ftp://host/x' }, 'store'],
    [{ compression: 'lz4' }, 'compression'],
    [{ 'max-age': '6 hours' }, 'max-age'],
  ])('refuses %j with an annotation naming the input, and writes nothing', (bad, input) => {
    const store = path.join(root, `bad-${input}-${nodes.indexOf(node)}`);
    const r = runBundle(BUNDLE, { ...inputs(store), ...bad }, { workDir: path.join(root, 'work-bad'), node });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`::error title=input ${input}::Input \`${input}\`: `));
    expect(existsSync(store)).toBe(false);
  });

  it('annotates the failing component and leaves no manifest', () => {
    const store = path.join(root, `fail-${nodes.indexOf(node)}`);
    const r = runBundle(BUNDLE, inputs(store, { 'data-command': 'echo "connection refused" >&2; exit 3' }), {
      workDir: path.join(root, 'work-fail'),
      node,
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/::error title=data backup failed::data: data-command exited with 3: connection refused/);
    const envDir = path.join(store, 'acme/production');
    const leftovers = existsSync(envDir) ? readdirSync(envDir).flatMap((id) => readdirSync(path.join(envDir, id))) : [];
    expect(leftovers).not.toContain('manifest.json');
    expect(r.outputs).toEqual({});
    // The job summary says what failed, why, what was kept and what next, in our words only.
    expect(r.summary).toMatch(/^## ❌ Backup failed: acme\/production$/m);
    expect(r.summary).toContain('**Why**: the `data` component failed: `data-command` exited with 3.');
    expect(r.summary).toMatch(/\*\*What was kept\*\*: .*\n\n\*\*Next step\*\*: /);
    expect(r.summary).not.toContain('connection refused');
  });
});
