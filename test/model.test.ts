import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TOOL } from '../src/core/tool.js';
import { backupIdSuffix, makeBackupId, parseBackupId, triggerClass } from '../src/model/backup-id.js';
import { objectName, parseManifest, serializeManifest, sourceFromEnv, type Manifest } from '../src/model/manifest.js';

describe('backup ids', () => {
  it('round-trip and sort by time', () => {
    const a = makeBackupId(new Date('2026-11-21T05:00:03.456Z'), 'scheduled', 'r8812345');
    expect(a).toBe('20261121T050003Z-scheduled-r8812345');
    const p = parseBackupId(a)!;
    expect(p.time.toISOString()).toBe('2026-11-21T05:00:03.000Z');
    expect(p.trigger).toBe('scheduled');
    const b = makeBackupId(new Date('2026-11-21T05:00:04Z'), 'manual', 'a');
    expect([b, a].sort()).toEqual([a, b]);
    expect(triggerClass('pre-merge')).toBe('on-demand');
    expect(triggerClass('scheduled')).toBe('scheduled');
  });

  it.each([
    '20261121T050003Z-nightly-r1',
    '20261321T050003Z-manual-r1',
    '20261121T050003Z-manual-R1',
    '../20261121T050003Z-manual-r1',
    '20261121T050003Z-manual-',
  ])('rejects %s', (id) => expect(parseBackupId(id)).toBeUndefined());

  it('names the run in Actions and is random elsewhere', () => {
    expect(backupIdSuffix({ GITHUB_RUN_ID: '8812345' }, () => '3f9a0c11')).toBe('r8812345s3f9a0c');
    expect(backupIdSuffix({ GITHUB_RUN_ID: '8812345', GITHUB_RUN_ATTEMPT: '2' }, () => '3f9a0c11')).toBe('r8812345a2s3f9a0c');
    expect(backupIdSuffix({}, () => 'abc123')).toBe('labc123');
  });
});

describe('manifest format 1', () => {
  const m: Manifest = {
    format: 1,
    id: '20261121T050003Z-scheduled-r8812345',
    site: 'acme',
    environment: 'production',
    platform: 'command',
    trigger: 'scheduled',
    createdAt: '2026-11-21T05:00:03.000Z',
    finishedAt: '2026-11-21T05:01:00.000Z',
    tool: { name: 'site-backup-action', version: '0.1.0' },
    source: { repository: 'acme/site', runId: '8812345' },
    components: [
      {
        name: 'data',
        object: 'data.tar.zst.age',
        compression: 'zstd',
        encryption: 'age',
        bytes: 10,
        sha256: 'a'.repeat(64),
        contentBytes: 20,
        files: 1,
      },
    ],
  };

  it('serializes and parses back unchanged', () => {
    expect(parseManifest(serializeManifest(m))).toEqual(m);
  });

  it.each([
    ['not json', 'not valid JSON'],
    [JSON.stringify({ ...m, format: 2 }), 'format'],
    [JSON.stringify({ ...m, components: [] }), 'components'],
    [JSON.stringify({ ...m, components: [{ ...m.components[0], sha256: 'xyz' }] }), 'components.0.sha256'],
    [JSON.stringify({ ...m, components: [{ ...m.components[0], object: '../etc/passwd' }] }), 'components.0.object'],
  ])('rejects a bad manifest with where it is wrong', (text, where) => {
    expect(() => parseManifest(text)).toThrow(where);
  });

  it('names objects as the layout says', () => {
    expect(objectName('code', 'zstd', false)).toBe('code.tar.zst');
    expect(objectName('assets', 'gzip', true)).toBe('assets.tar.gz.age');
    expect(objectName('data', 'none', false)).toBe('data.tar');
  });

  it('records the run that made it', () => {
    expect(sourceFromEnv({ GITHUB_REPOSITORY: 'acme/site', GITHUB_RUN_ID: '42', GITHUB_SHA: 'abc', GITHUB_ACTOR: 'octo' })).toEqual({
      repository: 'acme/site',
      runId: '42',
      sha: 'abc',
      actor: 'octo',
      runUrl: 'https://github.com/acme/site/actions/runs/42',
    });
  });

  it('reports the version package.json declares', () => {
    expect(TOOL.version).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});
