import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBackupConfig, triggerFromEvent } from '../src/config/backup.js';
import { parseBackupChoice, parseOptionalBackupChoice } from '../src/config/backup-choice.js';
import { parseStore } from '../src/config/common.js';
import { ConfigError } from '../src/model/errors.js';
import { mapSource } from '../src/config/source.js';
import { tempDir } from './helpers/tmp.js';
import { parseDuration } from '../src/util/duration.js';

const base = { site: 'acme', platform: 'command', 'code-command': 'true' };

function errorOf(inputs: Record<string, string>): ConfigError {
  try {
    parseBackupConfig(mapSource({ ...base, ...inputs }), {});
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return e as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('backup config', () => {
  it('applies the contract defaults', () => {
    const cfg = parseBackupConfig(mapSource(base), {});
    expect(cfg).toMatchObject({
      platform: 'command',
      site: 'acme',
      environment: 'production',
      store: { kind: 'artifact' },
      compression: 'zstd',
      seekable: true,
      recipients: [],
      trigger: 'manual',
      timeoutMs: 60 * 60_000,
    });
    expect(cfg.components).toBeUndefined();
    expect(cfg.maxAgeMs).toBeUndefined();
  });

  it.each([
    ['platform', { platform: 'heroku' }, /unknown platform "heroku".*siteglide/],
    ['site', { site: '../x' }, /not a valid site name/],
    ['site', { site: 'Acme' }, /not a valid site name/],
    ['site', { site: '' }, /is required/],
    ['environment', { environment: 'prod/../x' }, /not a valid environment/],
    ['store', { store: 'gs://bucket/x' }, /unsupported scheme "gs:\/\/"/],
    ['store', { store: 's3://' }, /does not name a valid S3 bucket/],
    ['store', { store: 's3://b/../x' }, /does not name a valid S3 bucket|"\." or "\.\."/],
    ['compression', { compression: 'brotli' }, /unknown compression "brotli"/],
    ['max-age', { 'max-age': 'six hours' }, /not a duration/],
    ['timeout', { timeout: '10' }, /not a duration/],
    ['trigger', { trigger: 'nightly' }, /unknown trigger/],
    ['components', { components: 'code,media' }, /unknown component "media"/],
    ['encrypt-to', { 'encrypt-to': 'AGE-SECRET-KEY-1QQQ' }, /not an age recipient/],
    ['s3-sse', { store: 's3://bucket', 's3-sse': 'rot13' }, /not a server-side encryption mode/],
    ['s3-kms-key-id', { store: 's3://bucket', 's3-kms-key-id': 'k' }, /`s3-sse` is not `aws:kms`/],
    ['s3-endpoint', { store: 's3://bucket', 's3-endpoint': 'minio:9000' }, /not an http\(s\) URL/],
    ['artifact-retention-days', { 'artifact-retention-days': '0' }, /whole number of days/],
    ['site', { site: 'a--b' }, /contains "--", which the artifact store uses/],
    ['environment', { environment: 'b--c' }, /contains "--", which the artifact store uses/],
  ])('names the input `%s` and says how to fix it', (input, inputs, re) => {
    const e = errorOf(inputs as Record<string, string>);
    expect(e.input).toBe(input);
    expect(e.message).toMatch(new RegExp(`^Input \`${input}\``));
    expect(e.message).toMatch(re);
  });

  it('never echoes a secret key given where a recipient belongs', () => {
    const secret = 'AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX';
    expect(errorOf({ 'encrypt-to': secret }).message).not.toContain(secret);
  });

  it('maps events to triggers as trigger: auto describes', () => {
    expect(triggerFromEvent('schedule')).toBe('scheduled');
    expect(triggerFromEvent('pull_request')).toBe('pre-merge');
    expect(triggerFromEvent('merge_group')).toBe('pre-merge');
    expect(triggerFromEvent('workflow_dispatch')).toBe('manual');
    expect(triggerFromEvent(undefined)).toBe('manual');
    expect(parseBackupConfig(mapSource(base), { GITHUB_EVENT_NAME: 'schedule' }).trigger).toBe('scheduled');
    expect(parseBackupConfig(mapSource({ ...base, trigger: 'pre-merge' }), { GITHUB_EVENT_NAME: 'schedule' }).trigger).toBe('pre-merge');
  });

  it('parses recipients, components and durations', () => {
    const r = 'age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p';
    const cfg = parseBackupConfig(mapSource({ ...base, 'encrypt-to': `${r}\n${r}`, components: 'data, code', 'max-age': '1d12h' }), {});
    expect(cfg.recipients).toEqual([r, r]);
    expect(cfg.components).toEqual(['data', 'code']);
    expect(cfg.maxAgeMs).toBe(36 * 3_600_000);
  });
});

describe('store parsing', () => {
  it('reads every store form', () => {
    expect(parseStore(mapSource({ store: 'artifact', 'artifact-retention-days': '30' }))).toEqual({ kind: 'artifact', retentionDays: 30 });
    expect(parseStore(mapSource({ store: 'file:///srv/backups' }))).toEqual({ kind: 'local', root: '/srv/backups' });
    expect(parseStore(mapSource({ store: 'backups' }), '/work')).toEqual({ kind: 'local', root: path.resolve('/work', 'backups') });
    expect(
      parseStore(
        mapSource({
          store: 's3://my-bucket/sites/acme/',
          's3-endpoint': 'http://127.0.0.1:9000',
          's3-force-path-style': 'true',
          's3-sse': 'aws:kms',
          's3-kms-key-id': 'alias/backups',
        }),
      ),
    ).toEqual({
      kind: 's3',
      bucket: 'my-bucket',
      prefix: 'sites/acme',
      endpoint: 'http://127.0.0.1:9000',
      forcePathStyle: true,
      storageClass: 'STANDARD_IA',
      sse: 'aws:kms',
      kmsKeyId: 'alias/backups',
    });
  });
});

describe('durations', () => {
  it.each([
    ['90s', 90_000],
    ['30m', 1_800_000],
    ['6h', 21_600_000],
    ['7d', 604_800_000],
    ['2w', 1_209_600_000],
    ['1d12h', 129_600_000],
  ])('%s', (s, ms) => expect(parseDuration(s)).toBe(ms));
  it.each(['', '0s', '6', 'h', '1y', '-1d', '1.5h'])('rejects %j', (s) => expect(parseDuration(s)).toBeUndefined());
});

describe('folders we will write into, checked before anything runs', () => {
  it('store, pull-cache: a folder or nothing yet below a folder; a file there or above is refused, and nothing is created', async () => {
    const cwd = await tempDir('sba-config-');
    writeFileSync(path.join(cwd, 'a-file'), 'x');
    mkdirSync(path.join(cwd, 'dir'));
    expect(parseStore(mapSource({ store: 'dir/new/deeper' }), cwd)).toEqual({ kind: 'local', root: path.join(cwd, 'dir/new/deeper') });
    expect(() => parseStore(mapSource({ store: 'a-file' }), cwd)).toThrow(/^Input `store`: .*a-file exists and is not a folder/);
    expect(() => parseStore(mapSource({ store: 'a-file/x/y' }), cwd)).toThrow(
      /^Input `store`: .*a-file is a file, so .*a-file\/x\/y cannot be a folder below it/,
    );
    expect(() => parseStore(mapSource({ store: `file://${path.join(cwd, 'a-file', 'x')}` }), cwd)).toThrow(/^Input `store`: .*is a file/);
    const withCache = (v: string) => parseBackupConfig(mapSource({ ...base, store: path.join(cwd, 'dir'), 'pull-cache': v }), {}, cwd);
    expect(withCache('cache').pullCache).toEqual({ kind: 'folder', dir: path.join(cwd, 'cache') });
    expect(() => withCache('a-file/cache')).toThrow(/^Input `pull-cache`: .*a-file is a file/);
    expect(() => withCache('a-file')).toThrow(/^Input `pull-cache`: .*a-file exists and is not a folder/);
    expect(() => parseStore(mapSource({ store: 'dir/with\nbreak' }), cwd)).toThrow(
      /^Input `store`: holds a control character \(code 10, a line break\)/,
    );
    // Checking created nothing.
    expect(readdirSync(cwd).sort()).toEqual(['a-file', 'dir']);
    expect(readdirSync(path.join(cwd, 'dir'))).toEqual([]);
  });
});

describe('backup choice', () => {
  const id = '20261121T050003Z-scheduled-r8812345';

  it('restore and verify take `latest` (the default) or an id, and name the input when it is neither', () => {
    expect(parseBackupChoice(mapSource({}))).toBe('latest');
    expect(parseBackupChoice(mapSource({ backup: id }))).toBe(id);
    expect(() => parseBackupChoice(mapSource({ backup: 'yesterday' }))).toThrow(
      /^Input `backup`: "yesterday" is neither `latest` nor a backup id\. Use `latest`, or an id such as/,
    );
  });

  it('copy takes an id, `latest`, or nothing for every complete backup', () => {
    expect(parseOptionalBackupChoice(mapSource({}))).toBeUndefined();
    expect(parseOptionalBackupChoice(mapSource({ backup: 'latest' }))).toBe('latest');
    expect(parseOptionalBackupChoice(mapSource({ backup: id }))).toBe(id);
    expect(() => parseOptionalBackupChoice(mapSource({ backup: `${id}x/..` }))).toThrow(
      /^Input `backup`: ".*" is not a backup id\. Give an id such as .*or leave it empty to copy every complete backup\.$/,
    );
  });
});
