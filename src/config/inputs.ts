// The one list of every input and output. action.yml, prune/action.yml, restore/action.yml and
// the README tables are generated from it (`npm run gen`), and a test fails when they drift, so a
// new input is added here and nowhere else.

export type ActionName = 'backup' | 'prune' | 'restore' | 'matrix';

export interface InputSpec {
  description: string;
  /** The default as action.yml shows it. Parsers apply the same default when the input is empty. */
  default?: string;
  required?: boolean;
  actions: readonly ActionName[];
  /** A value that must be masked in logs (tokens, keys, identities). */
  secret?: boolean;
}

export interface OutputSpec {
  description: string;
  actions: readonly ActionName[];
}

const ALL: readonly ActionName[] = ['backup', 'prune', 'restore'];

export const INPUTS = {
  platform: {
    description:
      'Where the site is hosted: `siteglide`, `platformos`, `platformsh`, `upsun`, `divio`, `ssh` or `command`.',
    default: 'command',
    actions: ALL,
  },
  site: {
    description: 'A name for the site, matching `[a-z0-9][a-z0-9._-]*`. It is the first folder of the storage layout.',
    required: true,
    actions: ALL,
  },
  environment: {
    description: "The platform's environment name; the second folder of the storage layout.",
    default: 'production',
    actions: ALL,
  },
  store: {
    description:
      'Where backups live: `s3://bucket/prefix`, `artifact` (GitHub artifacts), or a local folder (`file:///abs/path` or a plain path).',
    default: 'artifact',
    actions: ALL,
  },
  's3-endpoint': {
    description: 'Endpoint URL of an S3-compatible store (R2, MinIO, B2, Wasabi). Empty means AWS S3.',
    actions: ALL,
  },
  's3-region': {
    description: 'S3 region. Empty uses the SDK default chain (AWS_REGION), then `us-east-1`.',
    actions: ALL,
  },
  's3-force-path-style': {
    description: 'Use path-style S3 URLs (`https://host/bucket/key`), as MinIO and some S3-compatible stores need.',
    default: 'false',
    actions: ALL,
  },
  's3-storage-class': {
    description: 'Storage class of uploaded objects (for example `STANDARD`, `STANDARD_IA`, `GLACIER_IR`).',
    default: 'STANDARD_IA',
    actions: ['backup'],
  },
  's3-sse': {
    description: 'Server-side encryption of uploaded objects: `AES256` or `aws:kms`. Empty leaves the bucket default.',
    actions: ['backup'],
  },
  's3-kms-key-id': {
    description: 'KMS key id or ARN when `s3-sse` is `aws:kms`.',
    actions: ['backup'],
  },
  components: {
    description: 'Comma-separated components to back up or restore: any of `code,assets,data`. Empty means all the platform can export.',
    actions: ALL,
  },
  compression: {
    description: 'Archive compression: `zstd`, `gzip` or `none`.',
    default: 'zstd',
    actions: ['backup'],
  },
  'encrypt-to': {
    description: 'age recipients (`age1…`), separated by commas, spaces or new lines. When set, every archive is age-encrypted to all of them.',
    actions: ['backup'],
  },
  trigger: {
    description:
      '`auto`, `scheduled`, `pre-merge` or `manual`. `auto` maps `schedule` to `scheduled`, `pull_request` and `merge_group` to `pre-merge`, and anything else to `manual`.',
    default: 'auto',
    actions: ['backup'],
  },
  'max-age': {
    description:
      'A duration such as `6h` or `2d`. Backup: skip (and set `skipped=true`) when a complete backup this young exists. Prune: refuse to delete anything when the newest complete backup is older, and report it in the failure issue.',
    actions: ['backup', 'prune'],
  },
  timeout: {
    description: 'Time limit for each component (export, archive and upload), as a duration such as `30m`.',
    default: '60m',
    actions: ['backup'],
  },
  'artifact-retention-days': {
    description: 'Retention of the artifact when `store` is `artifact` (1 to 90 on public repositories, up to 400 on private ones). Empty uses the repository setting.',
    actions: ['backup'],
  },
  'code-command': {
    description: 'For `platform: command`: a bash command that writes the code into the folder named by `$BACKUP_OUT`.',
    actions: ['backup'],
  },
  'assets-command': {
    description: 'For `platform: command`: a bash command that writes the assets into the folder named by `$BACKUP_OUT`.',
    actions: ['backup'],
  },
  'data-command': {
    description: 'For `platform: command`: a bash command that writes the data (database dumps) into the folder named by `$BACKUP_OUT`.',
    actions: ['backup'],
  },
  'github-token': {
    description:
      'Token for the GitHub API: listing and deleting artifacts (`actions: read`/`write`) and the failure issue (`issues: write`).',
    default: '${{ github.token }}',
    actions: ALL,
    secret: true,
  },
  'dry-run': {
    description: 'Print the plan (what would be deleted or restored) and change nothing.',
    default: 'false',
    actions: ['prune', 'restore'],
  },
} as const satisfies Record<string, InputSpec>;

export const OUTPUTS = {
  'backup-id': {
    description: 'The id of the backup, `YYYYMMDDTHHMMSSZ-<trigger>-<suffix>` (or of the young backup that made this run skip).',
    actions: ['backup'],
  },
  location: {
    description: "URI of the backup's folder (for `artifact`, the artifact name).",
    actions: ['backup'],
  },
  bytes: {
    description: 'Bytes stored: the sum of the stored objects, manifest excluded.',
    actions: ['backup'],
  },
  manifest: {
    description: "URI of the backup's manifest.json.",
    actions: ['backup'],
  },
  skipped: {
    description: '`true` when `max-age` found a complete backup young enough and nothing was backed up.',
    actions: ['backup'],
  },
} as const satisfies Record<string, OutputSpec>;

export type InputName = keyof typeof INPUTS;
