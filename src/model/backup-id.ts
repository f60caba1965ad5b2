// Backup ids sort by time because the UTC timestamp comes first:
// 20261121T050003Z-scheduled-r8812345.

export const TRIGGERS = ['scheduled', 'pre-merge', 'manual'] as const;
export type Trigger = (typeof TRIGGERS)[number];
export type TriggerClass = 'scheduled' | 'on-demand';

export const BACKUP_ID_RE = /^(\d{8}T\d{6}Z)-(scheduled|pre-merge|manual)-([a-z0-9]{1,40})$/;
export const SITE_RE = /^[a-z0-9][a-z0-9._-]*$/;

export interface ParsedBackupId {
  id: string;
  time: Date;
  trigger: Trigger;
  suffix: string;
}

export function triggerClass(t: Trigger): TriggerClass {
  return t === 'scheduled' ? 'scheduled' : 'on-demand';
}

function stamp(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

export function makeBackupId(time: Date, trigger: Trigger, suffix: string): string {
  if (!/^[a-z0-9]{1,40}$/.test(suffix)) throw new Error(`backup id suffix must be [a-z0-9]{1,40}, got "${suffix}"`);
  return `${stamp(time)}-${trigger}-${suffix}`;
}

export function parseBackupId(id: string): ParsedBackupId | undefined {
  const m = BACKUP_ID_RE.exec(id);
  if (!m) return undefined;
  const s = m[1]!;
  const iso = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}Z`;
  const time = new Date(iso);
  if (Number.isNaN(time.getTime()) || time.toISOString().slice(0, 19) + 'Z' !== iso) return undefined;
  return { id, time, trigger: m[2] as Trigger, suffix: m[3]! };
}

/**
 * The part after the trigger. In Actions it is the run id (and attempt, when re-run), so an id
 * points back at the run that made it, then `s` and six random hex digits for the step: two
 * backup steps of one site in one run may start in the same second, and each must get its own
 * folder (they once shared one, and the second manifest replaced the first). Elsewhere it is
 * random. The stores' create-only writes catch the one-in-16-million clash that remains.
 */
export function backupIdSuffix(env: NodeJS.ProcessEnv, random: () => string): string {
  const step = random()
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  if (step.length < 6) throw new Error('backup id suffix: the random part must give at least 6 letters or digits');
  const run = env.GITHUB_RUN_ID;
  if (run && /^\d+$/.test(run)) {
    const attempt = env.GITHUB_RUN_ATTEMPT;
    const base = attempt && attempt !== '1' && /^\d+$/.test(attempt) ? `r${run}a${attempt}` : `r${run}`;
    return `${base}s${step.slice(0, 6)}`;
  }
  return `l${step}`;
}
