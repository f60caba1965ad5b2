import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { backupCommand } from '../src/commands/backup.js';
import { ConfigError } from '../src/model/errors.js';
import { mapSource } from '../src/config/source.js';
import { acceptSuspectFrom, checkExportedContent, scanExport } from '../src/platforms/content-check.js';
import { openPlatform } from '../src/platforms/index.js';
import { VerificationError } from '../src/platforms/verify.js';
import { backupSummaryMarkdown } from '../src/summaries/backup.js';
import { testIo } from './helpers/io.js';
import { writeFiles } from './helpers/site-fixture.js';
import { tempDir } from './helpers/tmp.js';

// What siteglide-cli 1.10.3 saves when the asset host answers 403 or 404 (it writes the body under
// the asset's own name and exits 0): an S3-style XML error and an HTML error page.
const S3_403 = '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>';
const HTML_404 = '<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const JPEG = Buffer.from('ffd8ffe000104a464946', 'hex');
const PDF = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1');
const MP4 = Buffer.concat([Buffer.from([0, 0, 0, 0x20]), Buffer.from('ftypisom', 'latin1'), Buffer.alloc(16)]);
const ZIP_EMPTY = Buffer.from('504b0506000000000000000000000000000000000000', 'hex');
const WEBP = Buffer.concat([Buffer.from('RIFF', 'latin1'), Buffer.from([0x24, 0, 0, 0]), Buffer.from('WEBPVP8 ', 'latin1')]);

/** A healthy export: every type we check, plus files whose emptiness is legitimate. */
const GOOD = {
  'marketplace_builder/assets/images/logo.png': PNG,
  'marketplace_builder/assets/images/Photo.JPG': JPEG,
  'marketplace_builder/assets/images/hero.webp': WEBP,
  'marketplace_builder/assets/images/icon.svg': '<?xml version="1.0"?>\n<!-- made by hand -->\n<svg xmlns="http://www.w3.org/2000/svg"/>',
  'marketplace_builder/assets/docs/brochure.pdf': PDF,
  'marketplace_builder/assets/videos/intro.mp4': MP4,
  'marketplace_builder/assets/downloads/pack.zip': ZIP_EMPTY,
  'dump.sql.gz': gzipSync('-- Dump completed\n'),
  'data.json': '{"users": [], "models": []}',
  'marketplace_builder/assets/app.css': 'body { margin: 0 }',
  'marketplace_builder/views/partials/empty.liquid': '',
  'app/.gitkeep': '',
  README: 'no extension',
};

describe('content checks on an export', () => {
  it('a healthy export passes and is counted', async () => {
    const dir = await writeFiles(await tempDir(), GOOD);
    const counts = await checkExportedContent(dir, { component: 'assets', acceptSuspect: 0 });
    const bytes = Object.values(GOOD).reduce((n, b) => n + Buffer.byteLength(b), 0);
    expect(counts).toEqual({ files: Object.keys(GOOD).length, bytes });
  });

  it('error bodies saved under an asset name, and empty media, fail with the first paths and what they hold', async () => {
    const dir = await writeFiles(await tempDir(), {
      ...GOOD,
      'marketplace_builder/assets/images/a-denied.png': S3_403,
      'marketplace_builder/assets/images/b-missing.jpg': HTML_404,
      'marketplace_builder/assets/docs/c-empty.pdf': '',
      'marketplace_builder/assets/videos/d.mp4': HTML_404,
      'marketplace_builder/assets/e.zip': S3_403,
      'marketplace_builder/assets/f.json': S3_403,
      'marketplace_builder/assets/g.js': HTML_404,
    });
    const err = await checkExportedContent(dir, { component: 'assets', acceptSuspect: 0 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(VerificationError);
    expect((err as Error).message).toBe(
      '7 file(s) whose content contradicts their name, or that are empty: ' +
        'marketplace_builder/assets/docs/c-empty.pdf (empty, but a .pdf file always has content); ' +
        'marketplace_builder/assets/e.zip (named .zip but holds an XML error body); ' +
        'marketplace_builder/assets/f.json (named .json but holds an XML error body); ' +
        'marketplace_builder/assets/g.js (named .js but holds an HTML page); ' +
        'marketplace_builder/assets/images/a-denied.png (named .png but holds an XML error body); and 2 more. ' +
        "The platform probably answered the download with an error page, and the CLI saved it under the file's name. " +
        'Fix or remove the files on the platform, or set `accept-suspect-files` to the number of such files you accept.',
    );
  });

  it('a file of another real type under a wrong name is named by what it holds', async () => {
    const dir = await writeFiles(await tempDir(), { 'img/photo.png': JPEG, 'docs/report.pdf': PNG });
    const { suspects } = await scanExport(dir);
    expect(suspects).toEqual([
      { path: 'docs/report.pdf', reason: 'named .pdf but holds a PNG image' },
      { path: 'img/photo.png', reason: 'named .png but holds a JPEG image' },
    ]);
  });

  it("SVGs and fonts: an editor's long DOCTYPE is fine, an error page is not; .otf and .ttf take either sfnt flavour", async () => {
    const doctype = `<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [\n${'  <!ENTITY ns_x "http://ns.adobe.com/Extensibility/1.0/">\n'.repeat(120)}]>\n<svg/>`;
    const dir = await writeFiles(await tempDir(), {
      'long.svg': doctype,
      'denied.svg': S3_403,
      'a.otf': Buffer.from([0, 1, 0, 0, 0, 0x10]),
      'b.ttf': Buffer.from('OTTO\0\x10', 'latin1'),
      'c.woff2': HTML_404,
    });
    expect((await scanExport(dir)).suspects).toEqual([
      { path: 'c.woff2', reason: 'named .woff2 but holds an HTML page' },
      { path: 'denied.svg', reason: 'named .svg but holds an XML error body' },
    ]);
  });

  it('`accept-suspect-files` accepts up to that many, with a warning naming them', async () => {
    const dir = await writeFiles(await tempDir(), { ...GOOD, 'broken.gif': HTML_404, 'gone.webp': '' });
    const warnings: string[] = [];
    const log = { info: () => undefined, warn: (m: string) => warnings.push(m), error: () => undefined, setSecret: () => undefined };
    const counts = await checkExportedContent(dir, { component: 'assets', acceptSuspect: 2, log });
    expect(counts.files).toBe(Object.keys(GOOD).length + 2);
    expect(warnings).toEqual([
      'assets: accepted 2 suspect file(s) (`accept-suspect-files` is 2): broken.gif (named .gif but holds an HTML page); gone.webp (empty, but a .webp file always has content)',
    ]);
    await expect(checkExportedContent(dir, { component: 'assets', acceptSuspect: 1 })).rejects.toThrow(
      /2 file\(s\) .*`accept-suspect-files` accepts only 1\.$/,
    );
  });

  it('`accept-suspect-files` must be a whole number', () => {
    expect(acceptSuspectFrom(mapSource({}))).toBe(0);
    expect(acceptSuspectFrom(mapSource({ 'accept-suspect-files': '3' }))).toBe(3);
    for (const bad of ['-1', 'two', '1.5', '1e3']) {
      expect(() => acceptSuspectFrom(mapSource({ 'accept-suspect-files': bad }))).toThrow(ConfigError);
      expect(() => acceptSuspectFrom(mapSource({ 'accept-suspect-files': bad }))).toThrow(
        `Input \`accept-suspect-files\`: "${bad}" is not a whole number`,
      );
    }
  });
});

describe('content checks in the backup pipeline', () => {
  const inputs = (root: string, extra: Record<string, string> = {}) => ({
    platform: 'command',
    site: 'acme',
    store: path.join(root, 'store'),
    compression: 'gzip',
    'assets-command': `printf '%s' '${HTML_404}' > "$BACKUP_OUT/logo.png" && printf '\\x89PNG\\r\\n\\x1a\\n' > "$BACKUP_OUT/ok.png"`,
    ...extra,
  });

  it('every platform is checked: an error page saved as .png fails the component, naming the file', async () => {
    const root = await tempDir();
    const io = testIo(inputs(root), { RUNNER_TEMP: root }, root);
    await expect(backupCommand(io)).rejects.toThrow(
      /^assets: 1 file\(s\) whose content contradicts their name, or that are empty: logo\.png \(named \.png but holds an HTML page\)/,
    );
  });

  it('accepted, the backup succeeds and the summary counts the files', async () => {
    const root = await tempDir();
    const io = testIo(inputs(root, { 'accept-suspect-files': '1' }), { RUNNER_TEMP: root }, root);
    const result = await backupCommand(io);
    expect(result.components.map((c) => [c.name, c.files, c.exportCounts])).toEqual([
      ['assets', 2, { files: 2, bytes: HTML_404.length + 8 }],
    ]);
    expect(io.lines).toContainEqual(expect.stringContaining('warning: assets: accepted 1 suspect file(s)'));
    expect(io.summaries[0]).toContain('| component | files | in |');
  });

  it('a bad `accept-suspect-files` stops the run before the platform is opened', async () => {
    const root = await tempDir();
    const io = testIo(inputs(root, { 'accept-suspect-files': 'all' }), { RUNNER_TEMP: root }, root);
    await expect(backupCommand(io)).rejects.toThrow('Input `accept-suspect-files`: "all" is not a whole number');
  });

  it('openPlatform counts every export, and records a platform counted reach the summary', async () => {
    const root = await tempDir();
    const io = testIo({ 'data-command': 'echo "{}" > "$BACKUP_OUT/data.json"' }, { RUNNER_TEMP: root }, root);
    const session = await openPlatform(
      'command',
      { site: 'acme', environment: 'production', inputs: io.inputs, env: io.env, log: io.log },
      root,
    );
    const out = await tempDir();
    const r = await session.export('data', out, new AbortController().signal);
    await session.close();
    expect(r).toEqual({ counts: { files: 1, bytes: 3 } });

    const md = backupSummaryMarkdown({
      site: 'acme',
      environment: 'production',
      id: 'x',
      location: 'here',
      components: [
        {
          name: 'data',
          object: 'data.tar.gz',
          compression: 'gzip',
          encryption: 'none',
          bytes: 10,
          sha256: 'a'.repeat(64),
          contentBytes: 20,
          files: 3,
          durationMs: 1000,
          exportCounts: { files: 3, bytes: 20, records: 42 },
        },
        {
          name: 'code',
          object: 'code.tar.gz',
          compression: 'gzip',
          encryption: 'none',
          bytes: 10,
          sha256: 'b'.repeat(64),
          contentBytes: 20,
          files: 2,
          durationMs: 1000,
          exportCounts: { files: 2, bytes: 20 },
        },
      ],
    });
    expect(md).toContain('| component | files | records | in |');
    expect(md).toMatch(/\| data \| 3 \| 42 \| /);
    expect(md).toMatch(/\| code \| 2 \| - \| /);
  });
});
