import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  readdirIfExists,
  unwritten
} from "./chunk-VGFCETJD.js";
import {
  formatBytes
} from "./chunk-OTFXQX3Q.js";
import {
  ALL,
  COUNT_RULES,
  LOCK_MODES,
  ZoneClock,
  civilFromDays,
  formatDay,
  formatIsoWeek,
  formatLocalMinute,
  isoWeekThursday,
  lockForKept,
  parsePolicy,
  parseTimeZone,
  policyFor,
  policyReachDays
} from "./chunk-T6CWNVER.js";
import {
  formatDuration,
  parseDuration
} from "./chunk-ZZX2MHPD.js";
import {
  githubClient,
  repoFromEnv,
  requestMessage,
  requestStatus,
  tokenLogin
} from "./chunk-O6ZIP6H5.js";
import {
  BackupExistsError,
  groupBackups,
  isLayoutObject,
  isRecordName
} from "./chunk-RL3HHCDR.js";
import "./chunk-AGJ5KK22.js";
import {
  byNewest,
  newestComplete
} from "./chunk-CPMIOJET.js";
import {
  installInterruptCleanup,
  sweepLeftovers
} from "./chunk-TLYYK3DI.js";
import {
  addSecret,
  redact,
  secretsInEnv
} from "./chunk-CWCRKLXP.js";
import {
  MANIFEST_NAME,
  SITE_RE,
  parseBackupId,
  sourceFromEnv,
  triggerClass
} from "./chunk-CKZQWQ4L.js";
import {
  ComponentError,
  ConfigError
} from "./chunk-Y4QAI7FI.js";
import "./chunk-BB3JDYVJ.js";

// src/config/common.ts
import { statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// src/config/platforms.generated.ts
var PLATFORM_INPUTS = {
  "platformos-modules": {
    "description": "platformOS: modules to pull with the code, separated by commas. Empty pulls every installed module; `none` pulls none.",
    "actions": [
      "backup"
    ]
  },
  "platformos-data-format": {
    "description": "platformOS: `zip` (the CSV export that `data import --zip` takes back), `json` (records plus the files attached to them, downloaded next to data.json) or `both`.",
    "default": "zip",
    "actions": [
      "backup"
    ]
  },
  "platformos-data-clean": {
    "description": "platformOS restores: run `pos-cli data clean` before importing the data. Refused on protected environments.",
    "default": "false",
    "actions": [
      "restore"
    ]
  },
  "platformsh-app": {
    "description": "Platform.sh/Upsun: the application name (`--app`) in a multi-app project.",
    "actions": [
      "backup",
      "restore"
    ]
  },
  "platformsh-relationships": {
    "description": "Platform.sh/Upsun: database relationships to dump, separated by commas. Empty dumps every MySQL, MariaDB and PostgreSQL relationship; each schema of a relationship is dumped to its own file (`db:dump --schema`).",
    "actions": [
      "backup",
      "restore"
    ]
  },
  "platformsh-backup": {
    "description": "Platform.sh/Upsun: also take a platform-side `backup:create` and record it in the manifest as `platformSnapshot`: `false`, `true`, or `live` (adds `--live`: no downtime, but not guaranteed consistent).",
    "default": "false",
    "actions": [
      "backup"
    ]
  },
  "platformsh-restore-from": {
    "description": "Platform.sh/Upsun restores: `archive` imports our archives (`sql` and `mount:upload`); `snapshot` runs `backup:restore --target` with the platform backup recorded in the manifest (code, data and files together).",
    "default": "archive",
    "actions": [
      "restore"
    ]
  },
  "divio-zone": {
    "description": "Divio: the control panel zone (`divio.com`, a private zone, or its URL). Empty uses `DIVIO_ZONE`, then `divio.com`.",
    "actions": [
      "backup",
      "restore"
    ]
  },
  "divio-prefix": {
    "description": "Divio: the service prefix of the database and media storage (`DEFAULT` unless the app has several).",
    "default": "DEFAULT",
    "actions": [
      "backup",
      "restore"
    ]
  },
  "ssh-host": {
    "description": "SSH: the host name or address of the server that holds the site.",
    "actions": [
      "backup",
      "restore"
    ]
  },
  "ssh-user": {
    "description": "SSH: the login name. Empty uses the SSH client default.",
    "actions": [
      "backup",
      "restore"
    ]
  },
  "ssh-port": {
    "description": "SSH: the port of the SSH server.",
    "default": "22",
    "actions": [
      "backup",
      "restore"
    ]
  },
  "ssh-key": {
    "description": "SSH: an unencrypted private key (OpenSSH or PEM), from a secret. It is written to a mode-600 file for the run and deleted afterwards. Empty uses the SSH agent and default keys.",
    "actions": [
      "backup",
      "restore"
    ],
    "secret": true
  },
  "ssh-known-hosts": {
    "description": "SSH: the known_hosts line(s) of the server, as `ssh-keyscan -p <port> <host>` prints them (verify the fingerprint out of band). Required: an unknown host key is refused unless `ssh-accept-new-host-key` is `true`.",
    "actions": [
      "backup",
      "restore"
    ]
  },
  "ssh-accept-new-host-key": {
    "description": "SSH: trust a host key that is not in `ssh-known-hosts` on first use (`StrictHostKeyChecking=accept-new`) and print it with a warning, so you can pin it. A changed key is always refused.",
    "default": "false",
    "actions": [
      "backup",
      "restore"
    ]
  },
  "site-root": {
    "description": "SSH: the folder of the site on the host (for Drupal, the one with index.php and sites/); absolute, or relative to the login folder.",
    "actions": [
      "backup",
      "restore"
    ]
  },
  "files-path": {
    "description": "SSH: the files folder (the `assets` component), relative to `site-root` or absolute; it is left out of `code`. Aegir: `sites/<site>/files`. `none` when the site has none.",
    "default": "sites/default/files",
    "actions": [
      "backup",
      "restore"
    ]
  },
  "code-exclude": {
    "description": "SSH: more rsync exclude patterns for `code`, separated by commas or new lines (for example `/sites/*/private/`, `*.log`). Excluded paths are also left alone by a restore.",
    "actions": [
      "backup",
      "restore"
    ]
  },
  "db-type": {
    "description": "SSH: the database: `mysql`, `mariadb`, `pgsql`, or `none` (no `data` component). Used when the database is dumped directly rather than through drush.",
    "default": "mysql",
    "actions": [
      "backup",
      "restore"
    ]
  },
  "db-name": {
    "description": "SSH: the database to dump (or, on restore, to replace). When set, mysqldump/pg_dump are used directly; when empty, drush finds the database from the site settings.",
    "actions": [
      "backup",
      "restore"
    ]
  },
  "db-user": {
    "description": "SSH: the database account. Empty uses the client default (for example `~/.my.cnf` on the host). The password comes from the `DB_PASSWORD` environment variable.",
    "actions": [
      "backup",
      "restore"
    ]
  },
  "db-host": {
    "description": "SSH: the database host as the server sees it. Empty uses the local socket.",
    "actions": [
      "backup",
      "restore"
    ]
  },
  "db-port": {
    "description": "SSH: the database port. Empty uses the client default.",
    "actions": [
      "backup",
      "restore"
    ]
  },
  "drush": {
    "description": "SSH: `auto` uses drush (`sql:dump --gzip`, `sql:cli`) when `db-name` is empty and drush is found in `vendor/bin` or on PATH; `false` never does; or the path of drush on the host.",
    "default": "auto",
    "actions": [
      "backup",
      "restore"
    ]
  },
  "drupal-uri": {
    "description": "SSH: the Drupal site of a multisite (drush `--uri`), such as `example.com` on Aegir.",
    "actions": [
      "backup",
      "restore"
    ]
  },
  "code-command": {
    "description": "For `platform: command`: a bash command that writes the code into the folder named by `$BACKUP_OUT`.",
    "actions": [
      "backup"
    ]
  },
  "assets-command": {
    "description": "For `platform: command`: a bash command that writes the assets into the folder named by `$BACKUP_OUT`.",
    "actions": [
      "backup"
    ]
  },
  "data-command": {
    "description": "For `platform: command`: a bash command that writes the data (database dumps) into the folder named by `$BACKUP_OUT`.",
    "actions": [
      "backup"
    ]
  },
  "code-restore-command": {
    "description": "For `platform: command`: a bash command run after the code is extracted, with `$BACKUP_IN` set to its folder.",
    "actions": [
      "restore"
    ]
  },
  "assets-restore-command": {
    "description": "For `platform: command`: a bash command run after the assets are extracted, with `$BACKUP_IN` set to their folder.",
    "actions": [
      "restore"
    ]
  },
  "data-restore-command": {
    "description": 'For `platform: command`: a bash command run after the data is extracted, with `$BACKUP_IN` set to its folder (for example `mysql acme < "$BACKUP_IN/acme.sql"`).',
    "actions": [
      "restore"
    ]
  }
};

// src/config/inputs.ts
var ALL2 = ["backup", "prune", "restore"];
var INPUTS = {
  platform: {
    description: "Where the site is hosted: `siteglide`, `platformos`, `platformsh`, `upsun`, `divio`, `ssh`, `plantanapp` or `command`.",
    default: "command",
    actions: ["backup", "restore"]
  },
  site: {
    description: "A name for the site, matching `[a-z0-9][a-z0-9._-]*`. It is the first folder of the storage layout.",
    required: true,
    actions: [...ALL2, "copy"]
  },
  environment: {
    description: "The platform's environment name; the second folder of the storage layout.",
    default: "production",
    actions: [...ALL2, "copy"]
  },
  store: {
    description: "Where backups live: `s3://bucket/prefix`, `artifact` (GitHub artifacts), or a local folder (`file:///abs/path` or a plain path).",
    default: "artifact",
    actions: ALL2
  },
  "s3-endpoint": {
    description: "Endpoint URL of an S3-compatible store (R2, MinIO, B2, Wasabi). Empty means AWS S3.",
    actions: ALL2
  },
  "s3-region": {
    description: "S3 region. Empty uses the SDK default chain (AWS_REGION), then `us-east-1`.",
    actions: ALL2
  },
  "s3-force-path-style": {
    description: "Use path-style S3 URLs (`https://host/bucket/key`), as MinIO and some S3-compatible stores need.",
    default: "false",
    actions: ALL2
  },
  "s3-storage-class": {
    description: "Storage class of uploaded objects (for example `STANDARD`, `STANDARD_IA`, `GLACIER_IR`). MinIO and some other S3-compatible stores accept only `STANDARD`: set it there.",
    default: "STANDARD_IA",
    actions: ["backup"]
  },
  "s3-sse": {
    description: "Server-side encryption of uploaded objects: `AES256` or `aws:kms`. Empty leaves the bucket default.",
    actions: ["backup"]
  },
  "s3-kms-key-id": {
    description: "KMS key id or ARN when `s3-sse` is `aws:kms`.",
    actions: ["backup"]
  },
  // Object Lock (issue 18, docs/immutable.md).
  "s3-object-lock": {
    description: "S3 Object Lock of every object of a backup, manifest included: `off`, `governance` or `compliance`. Each backup is locked until the earliest moment its retention policy (`retention`, `retention-on-demand`) could release it, plus `s3-object-lock-margin`; prune extends the locks of backups it keeps longer, and verify checks them. The bucket must have Object Lock enabled. `format: archive` on S3 only.",
    default: "off",
    actions: ALL2
  },
  "s3-object-lock-margin": {
    description: "Added to every Object Lock date, so a lock outlasts the policy by a safe margin (such as `1d` or `12h`).",
    default: "1d",
    actions: ALL2
  },
  "include-deleted": {
    description: "Also see backups whose objects were deleted but whose versions remain in a versioned (Object Lock) bucket, and restore them (`latest` is then the newest complete backup, deleted or not). For recovery after an attack; see docs/immutable.md.",
    default: "false",
    actions: ["restore"]
  },
  // format: restic (issue 11): each backup is one snapshot in a restic repository under `store`.
  format: {
    description: "How backups are stored: `archive` (one tar per component, restorable with tar, zstd and age) or `restic` (one snapshot per backup in a deduplicated, encrypted restic repository per site under `store`: storage grows with what changed, not with the site). restic needs `restic-password`, and works with S3 and folder stores, not `artifact` or `encrypt-to`.",
    default: "archive",
    actions: [...ALL2, "copy"]
  },
  "restic-password": {
    description: "For `format: restic`: the repository password, from a secret. Empty uses `RESTIC_PASSWORD` (or `RESTIC_PASSWORD_FILE` / `RESTIC_PASSWORD_COMMAND`) from the environment. Lose it and the backups cannot be read: keep a copy outside GitHub.",
    actions: ALL2,
    secret: true
  },
  "restic-read-data-subset": {
    description: "For `format: restic`, verify mode: the share of the repository's data that `restic check --read-data-subset` downloads and checks, such as `10%`, `1/7` or `500M`; `all` reads everything, `none` checks only the structure.",
    default: "5%",
    actions: ["restore"]
  },
  components: {
    description: "Comma-separated components to back up or restore: any of `code,assets,data`. Empty means all the platform can export.",
    actions: ["backup", "restore"]
  },
  compression: {
    description: "Archive compression: `zstd`, `gzip` or `none`.",
    default: "zstd",
    actions: ["backup"]
  },
  seekable: {
    description: "Write a zstd seek table and a member index beside each `zstd` or `none` archive, so `restore --path` and `--table` read only the frames they need. It costs a second sha256 over the stored bytes, taken on a worker thread beside the pack (about 0.6 s of CPU per GiB, on a second core); `false` skips it, and partial restores of such backups read whole objects.",
    default: "true",
    actions: ["backup"]
  },
  "encrypt-to": {
    description: "age recipients (`age1\u2026`), separated by commas, spaces or new lines. When set, every archive is age-encrypted to all of them.",
    actions: ["backup"]
  },
  trigger: {
    description: "`auto`, `scheduled`, `pre-merge` or `manual`. `auto` maps `schedule` to `scheduled`, `pull_request` and `merge_group` to `pre-merge`, and anything else to `manual`.",
    default: "auto",
    actions: ["backup"]
  },
  "max-age": {
    description: "A duration such as `6h` or `2d`. Backup: skip (and set `skipped=true`) when a complete backup this young exists. Prune: refuse to delete anything when the newest complete backup is older, and report it in the failure issue.",
    actions: ["backup", "prune"]
  },
  timeout: {
    description: "Time limit for each component (export, archive and upload), as a duration such as `30m`.",
    default: "60m",
    actions: ["backup"]
  },
  // Issue 11 item 4: keep the last export so the next rsync pull moves only what changed.
  "pull-cache": {
    description: 'Keep the last successful export of the components pulled with rsync (ssh `code` and `assets`, Platform.sh/Upsun `assets`), so the next backup transfers only what changed: `off`, `actions` (the Actions cache; refused on public repositories, since other workflows of the repository can read it and it holds the site\'s files unencrypted), or a folder on the runner (self-hosted runners and the CLI). Failed backups never replace it. See "Incremental pulls" in the README.',
    default: "off",
    actions: ["backup"]
  },
  "artifact-retention-days": {
    description: "Retention of the artifact when `store` is `artifact` (1 to 90 on public repositories, up to 400 on private ones). Empty uses the repository setting.",
    actions: ["backup"]
  },
  // Hosted platforms (siteglide, platformos, platformsh, upsun, divio). Their credentials are
  // secrets read from the environment (MPKIT_*, PLATFORMSH_CLI_TOKEN, UPSUN_CLI_TOKEN,
  // DIVIO_TOKEN), never inputs, so they cannot reach a command line.
  "cli-version": {
    description: "Hosted platforms: the version of the platform CLI (siteglide-cli, pos-cli, platform/upsun, divio) to install when it is not already on PATH. Empty uses the version this release was tested with.",
    actions: ["backup", "restore"]
  },
  "cli-install-command": {
    description: "Hosted platforms: a bash command that installs the platform CLI into `$INSTALL_DIR` (with `$CLI_VERSION` set) instead of the default installer (npm or pip), for mirrors and air-gapped runners.",
    actions: ["backup", "restore"]
  },
  retries: {
    description: "Hosted platforms: extra attempts after a transient failure (a CLI that gave up polling, a failed server-side export, a short download), 0 to 10.",
    default: "2",
    actions: ["backup", "restore"]
  },
  "accept-suspect-files": {
    description: "How many exported files whose content contradicts their name (an HTML or XML error page saved as `.jpg`, `.pdf`, `.zip`...) or that are empty you accept before the component fails. 0 accepts none.",
    default: "0",
    actions: ["backup"]
  },
  project: {
    description: "Platform.sh/Upsun: the project ID. Divio: the application UUID or slug (the CLI's `--remote-id`).",
    actions: ["backup", "restore"]
  },
  // The inputs the platform modules own (src/platforms/*), generated from their declarations.
  ...PLATFORM_INPUTS,
  "github-token": {
    description: "Token for the GitHub API: listing and deleting artifacts (`actions: read`/`write`) and the failure issue (`issues: write`).",
    default: "${{ github.token }}",
    actions: [...ALL2, "copy"],
    secret: true
  },
  // Issue 21: a dead man's switch. A monitor outside GitHub alerts when the ping stops coming,
  // which catches the backup that never ran; the failure issue needs a run to fail.
  "ping-url": {
    description: "A push monitor to ping, from a secret: a healthchecks.io check URL (`<url>/start` when the backup starts, `<url>` on success, `<url>/fail` on failure, each with `?rid=` to pair them) or an Uptime Kuma push URL (`\u2026/api/push/<token>`: `status=up` or `down`). `{site}` and `{environment}` are replaced, so one fleet-wide URL can name one check per site. A ping that fails is a warning, and pings never delay the run by more than 10 s in all. The restore action pings in `mode: verify` only. The prune action pings around its prune: give it a check of its own, never the one of the backup (a prune that succeeds after a failed backup would mark the backup check up again).",
    actions: ["backup", "restore", "prune"],
    secret: true
  },
  "webhook-url": {
    description: "A Slack or Microsoft Teams incoming webhook (or any endpoint that takes JSON), from a secret: posts what happened, with `text` and structured fields, on failure (or always: `webhook-on`). The text is the classified failure, redacted as the failure issue is; never a command's output.",
    actions: ["backup", "restore"],
    secret: true
  },
  "webhook-on": {
    description: "When `webhook-url` is posted to: `failure` or `always` (also after a success or a `max-age` skip).",
    default: "failure",
    actions: ["backup", "restore"]
  },
  "dry-run": {
    description: "Print the plan (what would be deleted or restored) and change nothing.",
    default: "false",
    actions: ["prune", "restore"]
  },
  // Prune (issue 4).
  retention: {
    description: "Retention of scheduled backups, with restic `forget` semantics: rules `last`, `hourly`, `daily`, `weekly`, `monthly`, `yearly` (a count or `all`) and `within` (such as `30d`), as in `daily=7,weekly=4,monthly=12`, or a preset: `divio`, `divio-on-demand`, `plantanapp`, `plantanapp-manual`, `aegir`. Backup and verify read it only for `s3-object-lock`: give prune and backup the same value.",
    default: "divio",
    actions: [...ALL2, "copy"]
  },
  "retention-on-demand": {
    description: "Retention of manual and pre-merge backups, in the same syntax as `retention`.",
    default: "divio-on-demand",
    actions: [...ALL2, "copy"]
  },
  "retention-timezone": {
    description: "IANA time zone in which days, ISO weeks, months and years are counted (for example `Europe/Zurich`).",
    default: "UTC",
    actions: [...ALL2, "copy"]
  },
  "backup-outcome": {
    description: "The outcome of the backup step (pass `steps.backup.outcome` in an expression): a failure opens (or comments on) the failure issue, a success closes it. Empty uses the status record the backup step left in RUNNER_TEMP.",
    actions: ["prune"]
  },
  "issue-labels": {
    description: "Labels of the failure issue, separated by commas. The issue `Backup failing: <site>/<environment>` is found again by its labels and title.",
    default: "backup-failure",
    actions: ["prune"]
  },
  // Restore and verify (issue 5).
  mode: {
    description: "`restore` verifies a backup and restores it; `verify` only checks backups (complete, every object read through and its sha256 matched, each archive listed) and, with `drill: true`, restores the data into a throwaway database.",
    default: "restore",
    actions: ["restore"]
  },
  backup: {
    description: "The backup to restore or verify: an id such as `20261121T050003Z-scheduled-r8812345`, or `latest` (the newest complete backup).",
    descriptionFor: {
      copy: "The backup to copy: an id, or `latest` (the newest complete backup). Empty copies every complete backup (or those within `newer-than`)."
    },
    default: "latest",
    defaultFor: { copy: "" },
    actions: ["restore", "copy"]
  },
  "target-environment": {
    description: "The environment to restore into. Empty means `environment`, the one the backup came from.",
    actions: ["restore"]
  },
  "decrypt-identity": {
    description: "age identities (the key file from `age-keygen`, `AGE-SECRET-KEY-1\u2026`) for encrypted backups. Pass it from a secret; it is masked.",
    actions: ["restore"],
    secret: true
  },
  confirm: {
    description: "Must repeat the exact name of the target environment when that environment is protected; the error message shows what to type.",
    actions: ["restore"]
  },
  "protected-environments": {
    description: "Environments that need `confirm` before a restore, separated by commas (compared without case).",
    default: "production,live,main,master",
    actions: ["restore"]
  },
  "restore-dir": {
    description: "For `platform: command`: the folder that components are restored into, one subfolder each (`<restore-dir>/data/`); each must be absent or empty.",
    default: "site-restore",
    actions: ["restore"]
  },
  path: {
    description: "Restore only the entries matching these globs (one per line; CLI: `--path`, repeatable), relative to each component (`media/logo.png`, `**/*.pdf`; a folder brings what is below it), into `<restore-dir>/<component>/`, never into the platform. Seekable archives are read by range; with `dry-run`, lists the matches and their sizes.",
    actions: ["restore"],
    repeatable: true
  },
  table: {
    description: "Cut these tables (one per line; CLI: `--table`, repeatable) out of the MySQL/MariaDB or PostgreSQL plain dumps in the data component, one SQL file each into `<restore-dir>/`, never loaded: the log says how to load it. Custom-format dumps are refused (use `pg_restore -t`).",
    actions: ["restore"],
    repeatable: true
  },
  "newer-than": {
    description: "Verify mode: check every backup made within this duration (such as `8d`) instead of only `backup`. Fails when none of them is complete.",
    descriptionFor: { copy: "Copy only the complete backups made within this duration (such as `8d`). Empty copies all of them." },
    actions: ["restore", "copy"]
  },
  drill: {
    description: "Verify mode: also restore the data component of the newest verified backup into the throwaway database at `drill-database-url`, run `drill-sql` and report row counts.",
    default: "false",
    actions: ["restore"]
  },
  "drill-database-url": {
    description: "The throwaway database for `drill`: `mysql://user:password@127.0.0.1:3306/drill` (MariaDB or MySQL; `?socket=/path` for a local socket) or `postgres://user:password@127.0.0.1:5432/drill`. Databases the drill creates are dropped afterwards.",
    actions: ["restore"],
    secret: true
  },
  "drill-sql": {
    description: "SQL run after the drill loaded the dumps, in the drill database. The drill fails when it errors or when its first value is `0`, `false`, `NULL` or empty, so `SELECT COUNT(*) > 0 FROM orders` is a check.",
    actions: ["restore"]
  },
  // 3-2-1 copies (issue 21): `site-backup copy` and the copy sub-action. Each side takes its own
  // store options, prefixed, so a copy can go to another region, provider or storage class.
  from: {
    description: "The store to copy backups from: `s3://bucket/prefix`, `artifact`, or a folder; the same syntax as `store`.",
    required: true,
    actions: ["copy"]
  },
  to: {
    description: "The store to copy backups to: `s3://bucket/prefix` or a folder (not `artifact`: an artifact is staged whole on disk). Its own `to-s3-*` options apply to the copies.",
    required: true,
    actions: ["copy"]
  },
  "from-s3-endpoint": { description: "`s3-endpoint` of the `from` store.", actions: ["copy"] },
  "from-s3-region": { description: "`s3-region` of the `from` store.", actions: ["copy"] },
  "from-s3-force-path-style": { description: "`s3-force-path-style` of the `from` store.", default: "false", actions: ["copy"] },
  "to-s3-endpoint": { description: "`s3-endpoint` of the `to` store.", actions: ["copy"] },
  "to-s3-region": { description: "`s3-region` of the `to` store.", actions: ["copy"] },
  "to-s3-force-path-style": { description: "`s3-force-path-style` of the `to` store.", default: "false", actions: ["copy"] },
  "to-s3-storage-class": {
    description: "Storage class of the copies in the `to` store, such as `STANDARD_IA`, `GLACIER_IR` or `DEEP_ARCHIVE` (manifests stay readable: they never go to an archive class).",
    default: "STANDARD_IA",
    actions: ["copy"]
  },
  "to-s3-sse": {
    description: "Server-side encryption of the copies in the `to` store: `AES256` or `aws:kms`. Empty leaves the bucket default.",
    actions: ["copy"]
  },
  "to-s3-kms-key-id": { description: "KMS key id or ARN when `to-s3-sse` is `aws:kms`.", actions: ["copy"] },
  "to-s3-object-lock": {
    description: "S3 Object Lock of the copies in the `to` store: `off`, `governance` or `compliance`. Each copied object is locked until the earliest moment `retention` (or `retention-on-demand`) could release its backup, plus `to-s3-object-lock-margin`, and never less than that margin from now. The `to` bucket must have Object Lock enabled, or nothing is copied (docs/immutable.md).",
    default: "off",
    actions: ["copy"]
  },
  "to-s3-object-lock-margin": {
    description: "`s3-object-lock-margin` of the `to` store: added to every lock date of the copies.",
    default: "1d",
    actions: ["copy"]
  },
  "limit-rate": {
    description: "Most bytes per second the copy reads from the `from` store, such as `10M` (10 MB/s), `512k` or `2G`. Empty means no limit.",
    actions: ["copy"]
  },
  // Fleet (issue 6): the matrix action.
  sites: {
    description: "Path of the sites file (YAML) that lists the fleet, relative to the workspace: each site with its platform, environment(s), store and secrets by NAME. See docs/fleet.md.",
    default: "sites.yml",
    actions: ["matrix"]
  },
  "max-jobs": {
    description: "Most jobs the matrix may have, 1 to 256 (GitHub runs at most 256 per matrix). With more sites than this, sites are sharded: each job backs up several in turn.",
    default: "256",
    actions: ["matrix"]
  }
};

// src/config/source.ts
function inputOrDefault(src, name) {
  const spec = INPUTS[name];
  return src.get(name) ?? spec.default;
}
function envSource(env = process.env) {
  return {
    get(name) {
      const v = env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`]?.trim();
      return v ? v : void 0;
    }
  };
}

// src/config/restic.ts
var FORMATS = ["archive", "restic"];
function parseFormat(src) {
  const v = inputOrDefault(src, "format");
  if (!FORMATS.includes(v)) {
    throw new ConfigError("format", `unknown format "${v}"`, `Use \`archive\` (the default) or \`restic\`.`);
  }
  return v;
}
var SUBSET_RE = /^(?:\d{1,3}(?:\.\d{1,2})?%|\d+\/\d+|\d+[KMGT])$/i;
function parseResticOptions(src, storeKind) {
  if (parseFormat(src) !== "restic") return void 0;
  if (storeKind === "artifact") {
    throw new ConfigError(
      "format",
      "`restic` cannot use the `artifact` store (a restic repository needs a store it can list, lock and delete single files in)",
      "Set `store` to `s3://bucket/prefix` or a folder, or use `format: archive` with artifacts."
    );
  }
  for (const name of ["s3-sse", "s3-kms-key-id"]) {
    if (src.get(name)) {
      throw new ConfigError(
        name,
        "does not apply to `format: restic`: restic encrypts every file with the repository password before upload",
        `Remove \`${name}\` (the bucket's default encryption still applies), or use \`format: archive\`.`
      );
    }
  }
  const opts = {};
  const password = src.get("restic-password");
  if (password) opts.password = password;
  const subset = inputOrDefault(src, "restic-read-data-subset");
  if (subset !== void 0 && subset !== "none") {
    if (subset === "all") opts.readDataSubset = "100%";
    else if (SUBSET_RE.test(subset) && !/^0+(\.0+)?%$/.test(subset)) opts.readDataSubset = subset;
    else
      throw new ConfigError(
        "restic-read-data-subset",
        `"${subset}" is not a share restic understands`,
        "Use a percentage such as `10%`, a part such as `1/7` (the 1st of 7 parts), a size such as `500M`, `all` or `none`."
      );
  }
  return opts;
}

// src/config/lock.ts
function parseObjectLock(src, spec) {
  const v = inputOrDefault(src, "s3-object-lock").toLowerCase();
  if (!LOCK_MODES.includes(v)) {
    throw new ConfigError(
      "s3-object-lock",
      `"${v}" is not a lock mode`,
      "Use `off`, `governance` (an admin with s3:BypassGovernanceRetention can still delete) or `compliance` (nobody can delete until the date, not even the account root)."
    );
  }
  if (v === "off") return void 0;
  if (spec.kind !== "s3") {
    throw new ConfigError(
      "s3-object-lock",
      `needs an S3 store; \`store\` is ${spec.kind === "artifact" ? "`artifact`: GitHub artifacts cannot be locked, and anyone with `actions: write` can delete them" : "a folder"}`,
      "Use `store: s3://bucket/prefix` on a bucket with Object Lock enabled, or set `s3-object-lock: off`."
    );
  }
  if (spec.restic) {
    throw new ConfigError(
      "s3-object-lock",
      "does not combine with `format: restic`: a restic repository rewrites and deletes its own index and pack files when it prunes, so locked files would break every prune, and a snapshot's data is shared with every other snapshot, so no single backup can be locked for its own retention",
      "Use `format: archive` for locked backups, or set `s3-object-lock: off` (see docs/immutable.md)."
    );
  }
  const marginText = inputOrDefault(src, "s3-object-lock-margin");
  const marginMs = parseDuration(marginText);
  if (marginMs === void 0)
    throw new ConfigError(
      "s3-object-lock-margin",
      `"${marginText}" is not a duration`,
      "Write a number and a unit, such as `1d`, `12h` or `30m`."
    );
  return {
    mode: v,
    marginMs,
    scheduled: parsePolicy(inputOrDefault(src, "retention"), "retention"),
    onDemand: parsePolicy(inputOrDefault(src, "retention-on-demand"), "retention-on-demand"),
    timeZone: parseTimeZone(inputOrDefault(src, "retention-timezone"))
  };
}
function parseIncludeDeleted(src, kind, restic) {
  const v = (src.get("include-deleted") ?? "false").toLowerCase();
  if (!["true", "false", "yes", "no", "1", "0", "on", "off"].includes(v))
    throw new ConfigError("include-deleted", `"${v}" is not a boolean`, "Use `true` or `false`.");
  const on = ["true", "yes", "1", "on"].includes(v);
  if (on && (kind !== "s3" || restic)) {
    throw new ConfigError(
      "include-deleted",
      `needs a versioned S3 store with \`format: archive\`; ${kind !== "s3" ? `a ${kind === "artifact" ? "GitHub artifact" : "folder"} store keeps nothing it deleted` : "restic keeps no versions of its own"}`,
      "Remove `include-deleted`, or point `store` at the versioned (Object Lock) bucket."
    );
  }
  return on;
}

// src/config/common.ts
function requireFolderOrAbsent(p, input, fix) {
  for (let cur = p; ; cur = path.dirname(cur)) {
    let st;
    try {
      st = statSync(cur);
    } catch (e) {
      const code2 = e.code;
      if (code2 === "ENOENT" && path.dirname(cur) !== cur) continue;
      if (code2 === "ENOTDIR") continue;
      throw new ConfigError(input, `${p} cannot be checked (${code2 ?? "error"})`, fix);
    }
    if (st.isDirectory()) return p;
    throw new ConfigError(
      input,
      cur === p ? `${p} exists and is not a folder` : `${cur} is a file, so ${p} cannot be a folder below it`,
      fix
    );
  }
}
var STORE_FIX = "Point `store` at a folder (it is created when missing), an `s3://` URL or `artifact`.";
function refuseControlChars(input, v, fix) {
  const m = /[\x00-\x1f\x7f]/.exec(v);
  if (m)
    throw new ConfigError(input, `holds a control character (code ${m[0].charCodeAt(0)}${m[0] === "\n" ? ", a line break" : ""})`, fix);
}
var ENV_RE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
function parseSite(src) {
  const v = src.get("site");
  if (!v)
    throw new ConfigError("site", "is required", "Give the site a name such as `acme-shop` (lower case letters, digits, `.`, `_`, `-`).");
  if (!SITE_RE.test(v) || v.length > 100) {
    throw new ConfigError(
      "site",
      `"${v}" is not a valid site name`,
      "Use lower case letters, digits, `.`, `_` and `-`, starting with a letter or digit (no `/`, `..` or spaces)."
    );
  }
  return v;
}
function parseEnvironment(src, name = "environment") {
  const v = name === "environment" ? inputOrDefault(src, "environment") : src.get(name);
  if (!ENV_RE.test(v) || v.length > 100 || v.includes("..")) {
    throw new ConfigError(name, `"${v}" is not a valid environment name`, "Use letters, digits, `.`, `_` and `-`, without `/` or `..`.");
  }
  return v;
}
function parseBool(src, name) {
  const v = (inputOrDefault(src, name) ?? "false").toLowerCase();
  if (["true", "yes", "1", "on"].includes(v)) return true;
  if (["false", "no", "0", "off"].includes(v)) return false;
  throw new ConfigError(name, `"${v}" is not a boolean`, "Use `true` or `false`.");
}
var MAX_TIMER_MS = 2 ** 31 - 1;
function parseDurationInput(src, name) {
  const v = inputOrDefault(src, name);
  if (v === void 0) return void 0;
  const ms = parseDuration(v);
  if (ms === void 0) {
    throw new ConfigError(
      name,
      `"${v}" is not a duration`,
      "Write a number and a unit, such as `90s`, `30m`, `6h`, `7d` or `2w` (units combine: `1d12h`)."
    );
  }
  if (name === "timeout" && (ms <= 0 || ms > MAX_TIMER_MS)) {
    throw new ConfigError(
      name,
      `"${v}" is ${ms <= 0 ? "not a positive duration" : "longer than the longest timeout this runtime can keep (24 days)"}`,
      "Use a duration from `1s` to `24d`, such as `60m` or `6h`."
    );
  }
  return ms;
}
function optional(src, name) {
  return inputOrDefault(src, name);
}
function parseStore(src, cwd = process.cwd()) {
  const spec = parseStoreLocation(src, cwd);
  const restic = parseResticOptions(src, spec.kind);
  const out = restic && spec.kind !== "artifact" ? { ...spec, restic } : spec;
  const lock = parseObjectLock(src, out);
  const includeDeleted = parseIncludeDeleted(src, out.kind, restic !== void 0);
  if (out.kind === "s3") {
    if (lock) out.objectLock = lock;
    if (includeDeleted) out.includeDeleted = true;
  }
  return out;
}
function parseStoreLocation(src, cwd) {
  const v = inputOrDefault(src, "store");
  refuseControlChars("store", v, `Remove it (a line break pasted with the value?). ${STORE_FIX}`);
  if (v === "artifact") return parseArtifactStore(src);
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(v)?.[1]?.toLowerCase();
  if (scheme === "s3") return parseS3Store(src, v);
  if (scheme === "file") {
    let p;
    try {
      p = fileURLToPath(v);
    } catch {
      throw new ConfigError("store", `"${v}" is not a valid file URL`, "Write `file:///absolute/path`, or a plain folder path.");
    }
    return { kind: "local", root: requireFolderOrAbsent(p, "store", STORE_FIX) };
  }
  if (scheme !== void 0) {
    throw new ConfigError(
      "store",
      `unsupported scheme "${scheme}://"`,
      "Use `s3://bucket/prefix` (any S3-compatible store, with `s3-endpoint`), `artifact`, `file:///abs/path` or a plain folder path."
    );
  }
  return { kind: "local", root: requireFolderOrAbsent(path.resolve(cwd, v), "store", STORE_FIX) };
}
function parseArtifactStore(src) {
  const spec = { kind: "artifact" };
  const token = src.get("github-token");
  if (token) spec.token = token;
  const days = src.get("artifact-retention-days");
  if (days === void 0) return spec;
  const n = Number(days);
  if (!Number.isInteger(n) || n < 1 || n > 400) {
    throw new ConfigError(
      "artifact-retention-days",
      `"${days}" is not a whole number of days from 1 to 400`,
      "Use for example `30`, or leave it empty for the repository setting."
    );
  }
  spec.retentionDays = n;
  return spec;
}
function parseS3Store(src, v) {
  const m = /^s3:\/\/([^/]+)\/?(.*)$/i.exec(v);
  const bucket = m?.[1] ?? "";
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
    throw new ConfigError(
      "store",
      `"${v}" does not name a valid S3 bucket`,
      "Write `s3://bucket` or `s3://bucket/prefix`, with a bucket name of 3 to 63 lower case letters, digits, `.` and `-`."
    );
  }
  const prefix = (m?.[2] ?? "").replace(/^\/+|\/+$/g, "");
  if (prefix.split("/").some((p) => p === ".." || p === ".")) {
    throw new ConfigError("store", `prefix "${prefix}" contains "." or ".." segments`, "Use a plain prefix such as `backups/sites`.");
  }
  const endpoint = parseS3Endpoint(src);
  const { sse, kmsKeyId } = parseS3Encryption(src);
  const storageClass = optional(src, "s3-storage-class");
  if (storageClass !== void 0 && !/^[A-Z_]+$/.test(storageClass)) {
    throw new ConfigError(
      "s3-storage-class",
      `"${storageClass}" is not a storage class`,
      "Use an S3 storage class such as `STANDARD`, `STANDARD_IA` or `GLACIER_IR`."
    );
  }
  const spec = { kind: "s3", bucket, prefix, forcePathStyle: parseBool(src, "s3-force-path-style") };
  if (endpoint) spec.endpoint = endpoint;
  const region = optional(src, "s3-region");
  if (region) spec.region = region;
  if (storageClass) spec.storageClass = storageClass;
  if (sse) spec.sse = sse;
  if (kmsKeyId) spec.kmsKeyId = kmsKeyId;
  return spec;
}
function parseS3Endpoint(src) {
  const endpoint = optional(src, "s3-endpoint");
  if (endpoint === void 0) return void 0;
  try {
    const u = new URL(endpoint);
    if (u.protocol !== "http:" && u.protocol !== "https:") throw new Error("not http");
  } catch {
    throw new ConfigError(
      "s3-endpoint",
      "is not an http(s) URL",
      "Write the endpoint as `https://<account>.r2.cloudflarestorage.com` or `http://127.0.0.1:9000`."
    );
  }
  return endpoint;
}
function parseS3Encryption(src) {
  const sse = optional(src, "s3-sse");
  if (sse !== void 0 && sse !== "AES256" && sse !== "aws:kms" && sse !== "aws:kms:dsse") {
    throw new ConfigError(
      "s3-sse",
      `"${sse}" is not a server-side encryption mode`,
      "Use `AES256` or `aws:kms` (with `s3-kms-key-id`), or leave it empty."
    );
  }
  const kmsKeyId = optional(src, "s3-kms-key-id");
  if (kmsKeyId !== void 0 && !sse?.startsWith("aws:kms")) {
    throw new ConfigError("s3-kms-key-id", "is set but `s3-sse` is not `aws:kms`", "Set `s3-sse: aws:kms`, or remove the key id.");
  }
  return { sse, kmsKeyId };
}

// src/config/prune.ts
var BACKUP_OUTCOMES = ["success", "failure", "cancelled", "skipped"];
function parsePruneConfig(src, cwd = process.cwd()) {
  const cfg = {
    site: parseSite(src),
    environment: parseEnvironment(src),
    store: parseStore(src, cwd),
    storeText: inputOrDefault(src, "store"),
    scheduled: parsePolicy(inputOrDefault(src, "retention"), "retention"),
    onDemand: parsePolicy(inputOrDefault(src, "retention-on-demand"), "retention-on-demand"),
    timeZone: parseTimeZone(inputOrDefault(src, "retention-timezone")),
    dryRun: parseBool(src, "dry-run"),
    issueLabels: parseLabels(inputOrDefault(src, "issue-labels") ?? "")
  };
  if (cfg.store.kind === "s3" && cfg.store.objectLock) cfg.lock = cfg.store.objectLock;
  const maxAge = parseDurationInput(src, "max-age");
  if (maxAge !== void 0) cfg.maxAgeMs = maxAge;
  const outcome = src.get("backup-outcome")?.toLowerCase();
  if (outcome !== void 0) {
    if (!BACKUP_OUTCOMES.includes(outcome)) {
      throw new ConfigError(
        "backup-outcome",
        `"${outcome}" is not a step outcome`,
        "Pass `${{ steps.<backup step id>.outcome }}`: `success`, `failure`, `cancelled` or `skipped`."
      );
    }
    cfg.backupOutcome = outcome;
  }
  return cfg;
}
function parseLabels(text) {
  const labels = [
    ...new Set(
      text.split(/[\n,]+/).map((l) => l.trim()).filter(Boolean)
    )
  ];
  if (labels.length === 0)
    throw new ConfigError(
      "issue-labels",
      "is empty",
      "Give at least one label, such as `backup-failure`: the failure issue is found again by its label and title."
    );
  return labels;
}

// src/retention/planner.ts
var HOUR_MS = 36e5;
var NONE = Object.freeze([]);
var DAY_MS = 864e5;
function periodKey(rule, local, nr) {
  switch (rule) {
    case "last":
      return nr;
    case "hourly":
      return Math.floor(local / HOUR_MS);
    case "daily":
      return Math.floor(local / DAY_MS);
    case "weekly":
      return isoWeekThursday(Math.floor(local / DAY_MS));
    case "monthly": {
      const [y, m] = civilFromDays(Math.floor(local / DAY_MS));
      return y * 12 + (m - 1);
    }
    case "yearly":
      return civilFromDays(Math.floor(local / DAY_MS))[0];
  }
}
function periodLabel(rule, local) {
  const days = Math.floor(local / DAY_MS);
  switch (rule) {
    case "last":
      return "last";
    case "hourly":
      return `hourly ${formatLocalMinute(Math.floor(local / HOUR_MS) * HOUR_MS)}`;
    case "daily":
      return `daily ${formatDay(days)}`;
    case "weekly":
      return `weekly ${formatIsoWeek(days)}`;
    case "monthly":
      return `monthly ${formatDay(days).slice(0, 7)}`;
    case "yearly":
      return `yearly ${formatDay(days).slice(0, 4)}`;
  }
}
function newestFirst(items, times, idOf) {
  const n = items.length;
  const order = new Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const cmp = (a, b) => {
    const d = times[b] - times[a];
    if (d !== 0) return d;
    const ia = idOf(items[a]);
    const ib = idOf(items[b]);
    return ia < ib ? 1 : ia > ib ? -1 : 0;
  };
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) if (cmp(i - 1, i) > 0) sorted = false;
  if (!sorted) order.sort(cmp);
  return order;
}
function withinCutoff(times, withinMs, nowOpt) {
  const now = nowOpt === void 0 ? Date.now() : typeof nowOpt === "number" ? nowOpt : nowOpt.getTime();
  let latest = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < times.length; i++) if (times[i] > latest && times[i] < now) latest = times[i];
  return latest - withinMs;
}
var CountRules = class {
  constructor(rules, counts) {
    this.rules = rules;
    this.left = rules.map((r) => counts[r]);
    this.last = rules.map(() => Number.NaN);
    this.active = rules.length;
  }
  rules;
  left;
  last;
  /** Rules with count left; at 0 the counts can keep nothing more, which lets the walk stop early. */
  active;
  /**
   * Offers the backup at walk position `nr` (local time `local`) to every rule with count left,
   * and adds the reasons of those that keep it to `reasons`. `oldest` is the restic 0.16 rule:
   * the oldest backup is kept even when its period has already been kept.
   */
  offer(local, nr, oldest, reasons) {
    const { rules, left, last } = this;
    for (let r = 0; r < rules.length; r++) {
      if (left[r] <= 0) continue;
      const rule = rules[r];
      const key = periodKey(rule, local, nr);
      if (key !== last[r] || oldest) {
        const label = periodLabel(rule, local);
        (reasons ??= []).push(key === last[r] ? `oldest ${label}` : label);
        last[r] = key;
        if (left[r] !== ALL && --left[r] === 0) this.active--;
      }
    }
    return reasons;
  }
};
function planRetention(items, policy, timeOf2, idOf = () => "", opts = {}) {
  const n = items.length;
  const times = new Float64Array(n);
  for (let i = 0; i < n; i++) times[i] = timeOf2(items[i]);
  const order = newestFirst(items, times, idOf);
  const entries = new Array(n);
  const rules = COUNT_RULES.filter((r) => policy.counts[r] !== 0);
  if (rules.length === 0 && policy.withinMs === void 0) {
    for (let k = 0; k < n; k++) entries[k] = { item: items[order[k]], keep: true, reasons: ["policy is empty"] };
    return { entries, keep: entries.slice(), remove: [] };
  }
  const clock = new ZoneClock(opts.timeZone ?? "UTC");
  const keepOldest = opts.keepOldest ?? true;
  const counts = new CountRules(rules, policy.counts);
  const hasWithin = policy.withinMs !== void 0;
  const cutoff = policy.withinMs !== void 0 && n > 0 ? withinCutoff(times, policy.withinMs, opts.now) : Number.NEGATIVE_INFINITY;
  const withinReason = `within ${policy.withinText ?? ""}`;
  let nr = 0;
  for (; nr < n; nr++) {
    const idx = order[nr];
    const t = times[idx];
    const inside = hasWithin && t > cutoff;
    if (counts.active === 0 && !inside) break;
    let reasons;
    if (inside) reasons = [withinReason];
    if (counts.active > 0) reasons = counts.offer(clock.local(t), nr, keepOldest && nr === n - 1, reasons);
    entries[nr] = reasons ? { item: items[idx], keep: true, reasons } : { item: items[idx], keep: false, reasons: NONE };
  }
  for (; nr < n; nr++) entries[nr] = { item: items[order[nr]], keep: false, reasons: NONE };
  const keep = [];
  const remove = [];
  for (const e of entries) {
    if (e.keep) keep.push(e);
    else remove.push(e.item);
  }
  return { entries, keep, remove };
}

// src/core/prune-locks.ts
function locksApply(store, lock) {
  return lock !== void 0 && store !== void 0 && typeof store.lockStates === "function" && typeof store.extendLocks === "function";
}
async function currentLock(store, b) {
  const states = await store.lockStates(b);
  let until;
  let mode;
  for (const s of states) {
    mode ??= s.mode;
    if (!s.until) return mode ? { mode } : {};
    if (!until || s.until < until) until = s.until;
  }
  return { ...mode ? { mode } : {}, ...until ? { until } : {} };
}
async function stepKept(store, row, lock, dryRun) {
  const b = row.backup;
  const current = await currentLock(store, b);
  row.lock = current;
  const target = lockForKept(b.parsed.time.getTime(), row.reasons, policyFor(lock, b.parsed.trigger), lock.timeZone, lock.marginMs);
  if (target === void 0 || current.until && current.until.getTime() >= target) return false;
  const until = new Date(Math.ceil(target / 1e3) * 1e3);
  if (dryRun) {
    row.lock = { ...current, wouldExtendTo: until };
    return true;
  }
  await store.extendLocks(b, until);
  row.lock = { mode: current.mode ?? lock.mode.toUpperCase(), until, ...current.until ? { extendedFrom: current.until } : {} };
  return true;
}
async function stepLocks(rows, store, lock, dryRun) {
  const out = { extended: 0, errors: [] };
  if (!locksApply(store, lock)) return out;
  for (const row of rows) {
    if (!row.backup.complete) continue;
    try {
      if (row.action === "keep") {
        if (await stepKept(store, row, lock, dryRun)) out.extended++;
      } else {
        row.lock = await currentLock(store, row.backup);
      }
    } catch (e) {
      out.errors.push({
        key: store.location(row.backup),
        message: `the Object Lock could not be ${row.action === "keep" ? "extended" : "read"}: ${e.message}`
      });
    }
  }
  return out;
}
function bytesHeldPastPolicy(rows, now) {
  return rows.filter((r) => (r.outcome === "removed" || r.outcome === "would remove") && r.lock?.until && r.lock.until > now).reduce((n, r) => n + r.backup.bytes, 0);
}
function heldNote(row, now) {
  const until = row.lock?.until;
  if (!until || until <= now || row.outcome !== "removed" && row.outcome !== "would remove") return void 0;
  return `versions kept by lock until ${until.toISOString().replace(/\.\d{3}Z$/, "Z")}`;
}

// src/core/prune.ts
var timeOf = (b) => b.parsed.time.getTime();
var INCOMPLETE_GRACE_MS = 24 * 36e5;
function planPrune(all, s, now) {
  const rows = /* @__PURE__ */ new Map();
  const listing = all.filter((b) => b.objects.length > 0);
  const newest = newestComplete(listing);
  const lastWrite = (b) => Math.max(b.lastModified.getTime(), timeOf(b));
  const debris = newest ? all.filter((b) => b.objects.length === 0 && now.getTime() - lastWrite(b) > INCOMPLETE_GRACE_MS) : [];
  const plan = { rows: [], remove: [], debris };
  if (newest) plan.newestComplete = newest;
  if (s.maxAgeMs !== void 0) {
    if (!newest) {
      plan.refusal = `there is no complete backup of ${s.site}/${s.environment}, and max-age is ${formatDuration(s.maxAgeMs)}`;
    } else {
      const age = now.getTime() - timeOf(newest);
      if (age > s.maxAgeMs) {
        plan.refusal = `the newest complete backup of ${s.site}/${s.environment}, ${newest.id}, is ${formatDuration(age)} old: older than max-age ${formatDuration(s.maxAgeMs)}`;
      }
    }
  }
  for (const cls of ["scheduled", "on-demand"]) {
    const group = listing.filter((b) => b.complete && triggerClass(b.parsed.trigger) === cls);
    const policy = cls === "scheduled" ? s.scheduled : s.onDemand;
    const p = planRetention(group, policy, timeOf, (b) => b.id, { timeZone: s.timeZone, now });
    for (const e of p.entries) {
      rows.set(e.item.id, {
        backup: e.item,
        class: cls,
        action: e.keep ? "keep" : "remove",
        reasons: e.keep ? [...e.reasons] : [`not kept by ${cls} policy ${policy.text}`],
        outcome: e.keep ? "kept" : "unchanged"
      });
    }
  }
  if (newest) {
    const row = rows.get(newest.id);
    if (row.action === "remove") {
      row.action = "keep";
      row.outcome = "kept";
      row.reasons = ["newest complete backup (always kept)"];
    }
  }
  for (const b of listing) {
    if (b.complete) continue;
    const age = now.getTime() - lastWrite(b);
    const row = { backup: b, class: "incomplete", action: "keep", reasons: [], outcome: "kept" };
    if (!newest) {
      row.reasons.push("incomplete (no manifest); not swept while no complete backup exists");
    } else if (age > INCOMPLETE_GRACE_MS) {
      row.action = "remove";
      row.outcome = "unchanged";
      row.reasons.push(`incomplete (no manifest), last written ${formatDuration(age)} ago`);
    } else {
      row.reasons.push(
        `incomplete (no manifest), last written ${formatDuration(Math.max(0, age))} ago: may still be uploading, swept after 24h`
      );
    }
    rows.set(b.id, row);
  }
  plan.rows = [...rows.values()].sort((a, b) => byNewest(a.backup, b.backup));
  plan.remove = [...plan.rows.filter((r) => r.action === "remove").map((r) => r.backup), ...debris];
  if (plan.refusal) {
    plan.remove = [];
    for (const r of plan.rows) if (r.action === "remove") r.outcome = "refused";
  }
  return plan;
}
function planStillHolds(plan, previous, fresh) {
  const completeIds = (l) => l.filter((b) => b.complete).map((b) => b.id).sort().join("\n");
  if (completeIds(previous) !== completeIds(fresh)) return false;
  const byId = new Map(fresh.map((b) => [b.id, b]));
  const objects = (b) => b.objects.map((o) => `${o.name}:${o.size}`).sort().join("\n");
  for (const b of plan.remove) {
    const now = byId.get(b.id);
    if (!now || now.complete !== b.complete || objects(now) !== objects(b) || now.lastModified.getTime() !== b.lastModified.getTime())
      return false;
  }
  return true;
}
var PruneError = class extends Error {
  constructor(message, result, refused = false) {
    super(message);
    this.result = result;
    this.refused = refused;
    this.name = "PruneError";
  }
  result;
  refused;
};
function resultOf(plan, dryRun) {
  const removed = plan.rows.filter((r) => r.outcome === "removed" || r.outcome === "would remove").length;
  return { plan, dryRun, kept: plan.rows.length - removed, removed, errors: [] };
}
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function runPrune(s, deps) {
  const { place, log } = deps;
  const store = place.store;
  const now = deps.now ?? (() => /* @__PURE__ */ new Date());
  const attempts = deps.attempts ?? 3;
  const list = async () => {
    try {
      return await place.list(s.site, s.environment);
    } catch (e) {
      throw new PruneError(`listing the backups of ${s.site}/${s.environment} failed, so nothing was deleted: ${e.message}`);
    }
  };
  if (place.kind === "artifact") {
    for (const [name, p] of [
      ["retention", s.scheduled],
      ["retention-on-demand", s.onDemand]
    ]) {
      const days = policyReachDays(p);
      if (days > 90) {
        log.warn(
          `\`${name}\` (${p.text}) keeps backups ${Number.isFinite(days) ? `for up to ${Math.round(days)} days` : "forever"}, but GitHub deletes artifacts after their retention (at most 90 days on public repositories, 400 on private ones): backups will expire before the policy lets them go. Use an S3 store for long retention.`
        );
      }
    }
  }
  let listing = await list();
  if (!deps.dryRun && store?.abortStaleUploads) {
    const n = await store.abortStaleUploads(s.site, s.environment, new Date(now().getTime() - 24 * 36e5)).catch((e) => {
      log.warn(`Could not abort unfinished uploads of ${s.site}/${s.environment}: ${e.message}`);
      return 0;
    });
    if (n > 0)
      log.info(`Aborted ${n} unfinished multipart upload(s) of ${s.site}/${s.environment} older than a day (left by killed runs).`);
  }
  for (let attempt = 1; ; attempt++) {
    const plan = planPrune(listing, s, now());
    if (plan.refusal) {
      throw new PruneError(
        `Prune refused to delete anything: ${plan.refusal}. Backups may be failing; see the failure issue.`,
        resultOf(plan, deps.dryRun),
        true
      );
    }
    if (deps.dryRun) {
      for (const r of plan.rows) if (r.action === "remove") r.outcome = "would remove";
      return withLocks(resultOf(plan, true), await stepLocks(plan.rows, store, s.lock, true), now());
    }
    if (plan.remove.length === 0) return withLocks(resultOf(plan, false), await stepLocks(plan.rows, store, s.lock, false), now());
    const fresh = await list();
    if (!planStillHolds(plan, listing, fresh)) {
      if (attempt >= attempts) {
        throw new PruneError(
          `the backups of ${s.site}/${s.environment} changed between planning and deleting ${attempts} times, so nothing was deleted. Is another backup or prune of this site running? Give both jobs the same \`concurrency\` group.`,
          resultOf(plan, false)
        );
      }
      log.warn(`The backups changed while prune was planning (another backup or prune running?); planning again from a fresh listing.`);
      listing = fresh;
      await sleep(deps.retryDelayMs ?? 2e3);
      continue;
    }
    const locks = await stepLocks(plan.rows, store, s.lock, false);
    return withLocks(await removePlanned(plan, s, deps), locks, now());
  }
}
function withLocks(result, locks, now) {
  if (!result.plan.rows.some((r) => r.lock)) return result;
  result.locksExtended = locks.extended;
  result.bytesHeldByLock = bytesHeldPastPolicy(result.plan.rows, now);
  for (const r of result.plan.rows) {
    const note = heldNote(r, now);
    if (note) r.reasons.push(note);
  }
  if (locks.errors.length > 0) {
    result.errors.push(...locks.errors);
    throw new PruneError(
      `the Object Lock of ${locks.errors.length} backup(s) could not be kept in step with the policy (${locks.errors.slice(0, 3).map((e) => `${e.key}: ${e.message}`).join(
        "; "
      )}). Their data is untouched; grant the prune role s3:GetObjectRetention and s3:PutObjectRetention (docs/immutable.md) and run prune again.`,
      result
    );
  }
  return result;
}
async function removePlanned(plan, s, deps) {
  const { place, log } = deps;
  for (const b of plan.debris)
    log.info(`Clearing ${place.location(b)}: named like a backup but holds none of its objects (anything else in it is left alone).`);
  log.info(`Deleting ${plan.remove.length - plan.debris.length} backup(s) of ${s.site}/${s.environment}.`);
  const res = await place.remove(plan.remove);
  const removed = new Set(res.removed);
  const failedIds = /* @__PURE__ */ new Set();
  for (const err of res.errors) {
    const row = plan.rows.find((r) => r.action === "remove" && err.key.includes(r.backup.id));
    if (row) {
      failedIds.add(row.backup.id);
      row.error = err.message;
    }
  }
  for (const r of plan.rows) {
    if (r.action !== "remove") continue;
    if (removed.has(r.backup.id) && !failedIds.has(r.backup.id)) r.outcome = "removed";
    else {
      r.outcome = "failed";
      r.error ??= "the store did not confirm the deletion";
    }
  }
  const result = resultOf(plan, false);
  result.errors = res.errors;
  const failed = plan.rows.filter((r) => r.outcome === "failed");
  if (failed.length > 0) {
    const sample = res.errors.slice(0, 5).map((e) => `${e.key}: ${e.message}`).join("; ");
    throw new PruneError(
      `${failed.length} of ${plan.remove.length - plan.debris.length} backup(s) could not be deleted completely${sample ? ` (${sample}${res.errors.length > 5 ? "; \u2026" : ""})` : ""}. Deleting again is safe: run prune again.`,
      result
    );
  }
  return result;
}

// src/stores/local.ts
import { close as fsClose, createReadStream, createWriteStream, open as fsOpen, read as fsRead } from "node:fs";
import { link, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, writeFile } from "node:fs/promises";
import path2 from "node:path";
import { pipeline } from "node:stream/promises";
import { pathToFileURL } from "node:url";

// src/util/limit.ts
async function mapLimit(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}

// src/stores/local.ts
var LocalStore = class {
  constructor(root) {
    this.root = root;
  }
  root;
  kind = "local";
  dir(ref) {
    return path2.join(this.root, ref.site, ref.environment, ref.id);
  }
  location(ref) {
    return pathToFileURL(this.dir(ref)).href + "/";
  }
  objectUri(ref, name) {
    return pathToFileURL(path2.join(this.dir(ref), name)).href;
  }
  async createWriter(ref) {
    const dir = this.dir(ref);
    await mkdir(path2.dirname(dir), { recursive: true });
    try {
      await mkdir(dir);
    } catch (e) {
      if (e.code === "EEXIST") throw new BackupExistsError(this.location(ref));
      throw e;
    }
    return {
      async put(name, body) {
        const tmp = path2.join(dir, `.${name}.partial`);
        await pipeline(body, createWriteStream(tmp));
        await rename(tmp, path2.join(dir, name));
      },
      async putLent(name, batches) {
        const tmp = path2.join(dir, `.${name}.partial`);
        const fh = await open(tmp, "wx");
        try {
          for await (const batch of batches) {
            for (let rest = batch; rest.length > 0; ) rest = unwritten(rest, (await fh.writev(rest)).bytesWritten);
          }
        } finally {
          await fh.close();
        }
        await rename(tmp, path2.join(dir, name));
      },
      async commit(manifestJson) {
        const tmp = path2.join(dir, `.${MANIFEST_NAME}.partial`);
        await writeFile(tmp, manifestJson);
        try {
          await link(tmp, path2.join(dir, MANIFEST_NAME));
        } catch (e) {
          if (e.code === "EEXIST")
            throw new BackupExistsError(pathToFileURL(path2.join(dir, MANIFEST_NAME)).href);
          throw e;
        } finally {
          await rm(tmp, { force: true });
        }
      },
      async abort() {
        await rm(dir, { recursive: true, force: true });
      }
    };
  }
  async list(site, environment) {
    const base = path2.join(this.root, site, environment);
    const ids = await readdirIfExists(base);
    if (!ids) return [];
    const entries = [];
    for (const id of ids) await statEntries(base, id, entries);
    return groupBackups(site, environment, entries);
  }
  async listAll(options = {}) {
    if (options.sizes === "incomplete") return this.listAllUnsized();
    const out = [];
    for (const site of await readdirIfExists(this.root) ?? []) {
      if (!SITE_RE.test(site) || !(await statOrGone(path2.join(this.root, site)))?.isDirectory()) continue;
      for (const environment of await readdirIfExists(path2.join(this.root, site)) ?? []) {
        if ((await statOrGone(path2.join(this.root, site, environment)))?.isDirectory()) out.push(...await this.list(site, environment));
      }
    }
    return out;
  }
  /**
   * listAll({ sizes: 'incomplete' }): a readdir per folder and no stat per object, several sites
   * at a time. A folder holding manifest.json is a complete backup, listed `unsized` (its
   * manifest has the sizes); any other folder is listed by list(), stats and all, since its
   * objects' sizes and times are all there is to know about it.
   */
  async listAllUnsized() {
    const sites = (await subfolders(this.root)).filter((s) => SITE_RE.test(s));
    const envs = await mapLimit(sites, LIST_CONCURRENCY, (site) => subfolders(path2.join(this.root, site)));
    const pairs = sites.flatMap((site, i) => envs[i].map((environment) => [site, environment]));
    const out = await mapLimit(pairs, LIST_CONCURRENCY, async ([site, environment]) => {
      const base = path2.join(this.root, site, environment);
      const complete = [];
      const rest = [];
      for (const id of await subfolders(base)) {
        const names = await readdirIfExists(path2.join(base, id));
        if (!names) continue;
        if (!names.includes(MANIFEST_NAME)) {
          await statEntries(base, id, rest);
          continue;
        }
        const at = parseBackupId(id)?.time ?? /* @__PURE__ */ new Date(0);
        for (const name of names) complete.push({ id, name, size: 0, lastModified: at });
      }
      const unsized = groupBackups(site, environment, complete).map((b) => ({ ...b, unsized: true }));
      return [...unsized, ...groupBackups(site, environment, rest)].sort((a, b) => a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
    });
    return out.flat();
  }
  async read(ref, name) {
    const p = path2.join(this.dir(ref), name);
    await stat(p);
    return createReadStream(p);
  }
  async readRange(ref, name, start, end) {
    const s = createReadStream(path2.join(this.dir(ref), name), { start, end: end - 1, highWaterMark: 512 << 10 });
    await new Promise((resolve, reject) => {
      s.once("open", () => resolve());
      s.once("error", reject);
    });
    return s;
  }
  async readSmall(ref, name, limit) {
    const fd = await new Promise((res, rej) => fsOpen(path2.join(this.dir(ref), name), "r", (e, n) => e ? rej(e) : res(n)));
    try {
      let buf = Buffer.allocUnsafe(Math.min(limit + 1, 8192));
      let n = 0;
      for (; ; ) {
        const got = await new Promise((res, rej) => fsRead(fd, buf, n, buf.length - n, null, (e, k) => e ? rej(e) : res(k)));
        if (got === 0) return buf.subarray(0, n);
        if ((n += got) > limit) return void 0;
        if (n === buf.length) buf = Buffer.concat([buf, Buffer.allocUnsafe(Math.min(buf.length, limit + 1 - n))]);
      }
    } finally {
      await new Promise((res) => fsClose(fd, () => res()));
    }
  }
  /** Replaces the record atomically (temporary name, then rename), and only in an existing backup folder. */
  async writeRecord(ref, name, json) {
    const dir = this.dir(ref);
    if (!(await statOrGone(dir))?.isDirectory())
      throw new Error(`backup ${ref.id} is not in the store (removed meanwhile?); its ${name} was not written`);
    const tmp = path2.join(dir, `.${name}.partial`);
    await writeFile(tmp, json);
    await rename(tmp, path2.join(dir, name));
  }
  async remove(backups) {
    const result = { removed: [], errors: [] };
    for (const b of backups) {
      const dir = this.dir(b);
      let ok = true;
      const names = [...b.objects.map((o) => o.name), ...(b.records ?? []).map((r) => r.name)].filter(
        (n) => n && (isLayoutObject(n) || isRecordName(n))
      );
      names.sort((x, y) => x === MANIFEST_NAME ? -1 : y === MANIFEST_NAME ? 1 : isRecordName(x) ? 1 : isRecordName(y) ? -1 : 0);
      for (const name of names) {
        try {
          await rm(path2.join(dir, name), { force: true });
        } catch (e) {
          ok = false;
          result.errors.push({ key: path2.join(dir, name), message: e.message });
        }
      }
      for (const name of await readdir(dir).catch(() => [])) {
        const m = /^\.(.+)\.partial$/.exec(name);
        if (m && (isLayoutObject(m[1]) || isRecordName(m[1]))) await rm(path2.join(dir, name), { force: true });
      }
      await rmdir(dir).catch(() => void 0);
      if (ok) result.removed.push(b.id);
    }
    return result;
  }
};
async function statEntries(base, id, entries) {
  const d = path2.join(base, id);
  const st = await statOrGone(d);
  if (!st?.isDirectory()) return;
  const names = await readdirIfExists(d);
  if (!names) return;
  if (names.length === 0) {
    entries.push({ id, name: "", size: 0, lastModified: st.mtime });
  }
  for (const name of names) {
    const s = await statOrGone(path2.join(d, name));
    if (s) entries.push({ id, name, size: s.size, lastModified: s.mtime });
  }
}
var LIST_CONCURRENCY = 16;
async function subfolders(p) {
  let found;
  try {
    found = await readdir(p, { withFileTypes: true });
  } catch (e) {
    if (e.code === "ENOENT") return [];
    throw e;
  }
  const out = [];
  for (const d of found)
    if (d.isDirectory() || d.isSymbolicLink() && (await statOrGone(path2.join(p, d.name)))?.isDirectory()) out.push(d.name);
  return out;
}
async function statOrGone(p) {
  try {
    return await stat(p);
  } catch (e) {
    if (e.code === "ENOENT" && !await lstat(p).catch(() => void 0)) return void 0;
    throw e;
  }
}

// src/stores/index.ts
async function openStore(spec, log, env = process.env) {
  if (spec.kind !== "artifact" && spec.restic)
    throw new Error("internal: a `format: restic` store holds restic repositories; open it with openPlace");
  switch (spec.kind) {
    case "local":
      return new LocalStore(spec.root);
    case "s3": {
      const { S3Store } = await import("./s3-R7LFTST3.js");
      return new S3Store(spec, log, env);
    }
    case "artifact": {
      const { ArtifactStore } = await import("./artifact-THZSZ2L4.js");
      return new ArtifactStore(spec, log, env);
    }
  }
}

// src/formats/place.ts
import { buffer } from "node:stream/consumers";
function archivePlace(store) {
  return {
    format: "archive",
    kind: store.kind,
    store,
    location: (ref) => store.location(ref),
    manifestUri: (ref) => store.objectUri(ref, MANIFEST_NAME),
    list: (site, environment) => store.list(site, environment),
    remove: (backups) => store.remove(backups),
    manifestBytes: async (ref) => buffer(await store.read(ref, MANIFEST_NAME))
  };
}
function resticPlace(repo) {
  return {
    format: "restic",
    kind: repo.kind,
    repo,
    location: (ref) => repo.location(ref),
    manifestUri: (ref) => `${repo.location(ref)}/${MANIFEST_NAME}`,
    list: (site, environment) => repo.list(site, environment),
    remove: (backups) => repo.remove(backups),
    manifestBytes: (ref) => repo.manifestBytes(ref)
  };
}

// src/formats/index.ts
function formatOf(spec) {
  return spec.kind !== "artifact" && spec.restic ? "restic" : "archive";
}
async function openPlace(spec, log, env = process.env) {
  if (formatOf(spec) === "restic") {
    const { openResticStore } = await import("./store-ONYBSFXE.js");
    return resticPlace(await openResticStore(spec, log, env));
  }
  return archivePlace(await openStore(spec, log, env));
}

// src/report/errors.ts
function errorTitle(e, what = "site-backup") {
  if (e instanceof ConfigError) return `input ${e.input}`;
  if (e instanceof ComponentError) return `${e.component} ${what} failed`;
  return `${what} failed`;
}
function chain(e) {
  const out = [];
  for (let cur = e, depth = 0; cur && depth < 8; cur = cur.cause, depth++) {
    const c = cur;
    const request = typeof c.request === "string" && typeof c.reason === "string" ? { request: c.request, reason: c.reason } : {};
    out.push({
      name: c.name ?? "Error",
      message: c.message ?? String(cur),
      ...c.component ? { component: c.component } : {},
      ...c.input ? { input: c.input } : {},
      ...request
    });
  }
  return out;
}
function classifyFailure(e) {
  const links = chain(e);
  const component = links.find((l) => l.component)?.component;
  const where = component ? `the \`${component}\` component` : "the backup";
  const input = links.find((l) => l.input)?.input;
  if (input) return { kind: "input", text: `input \`${input}\` is not valid (the run log says how to fix it)` };
  const has = (name) => links.some((l) => l.name === name);
  if (has("BackupExistsError"))
    return { kind: "collision", text: `${where} found a backup with the same id already in the store; nothing was replaced` };
  const inner = links[links.length - 1].message.replace(/^[a-z]+: /, "");
  const timeout = /^timed out after (\S+)/.exec(inner);
  if (timeout) return { kind: "timeout", text: `${where} timed out after ${timeout[1]} (raise \`timeout\` if the site needs longer)` };
  const cmd = /^([a-z]+(?:-restore)?-command) (exited with \d+|was killed by SIG[A-Z0-9]+)/.exec(inner);
  if (cmd) return { kind: "command", text: `${where} failed: \`${cmd[1]}\` ${cmd[2]}` };
  if (has("VerificationError"))
    return { kind: "content", text: `${where} failed its content checks: the export is missing files, or holds empty or error-page files` };
  if (has("IntegrityError")) return { kind: "integrity", text: `${where} failed its checksum or size checks` };
  const req = links.find((l) => l.request);
  if (req) return { kind: "store", text: `${where} failed at ${req.request}, which failed after its retries (${req.reason})` };
  if (/\bS3\b|\bstore\b|artifact/i.test(inner) && !has("ProcessError"))
    return { kind: "store", text: `${where} could not be written to or read from the store` };
  return { kind: "other", text: `${where} failed` };
}
function classifyPruneFailure(e) {
  const links = chain(e);
  const input = links.find((l) => l.input)?.input;
  if (input) return { kind: "input", text: `input \`${input}\` is not valid (the run log says how to fix it)` };
  const top = links[0].message;
  const refused = /^Prune refused to delete anything: (.*?)\. Backups may be failing/s.exec(top);
  if (refused) return { kind: "other", text: `prune refused to delete anything: ${refused[1]}` };
  if (/^listing the backups of \S+ failed/.test(top))
    return { kind: "store", text: "prune could not list the backups in the store, so nothing was deleted" };
  const raced = /changed between planning and deleting (\d+) times/.exec(top);
  if (raced) {
    return {
      kind: "collision",
      text: `the backups changed between planning and deleting ${raced[1]} times, so nothing was deleted (give the backup and prune jobs the same \`concurrency\` group)`
    };
  }
  const partial = /^(\d+) of (\d+) backup\(s\) could not be deleted/.exec(top);
  if (partial)
    return {
      kind: "store",
      text: `${partial[1]} of ${partial[2]} backup(s) could not be deleted completely from the store (deleting again is safe: the next prune retries)`
    };
  const inner = links[links.length - 1].message;
  const timeout = /^timed out after (\S+)/.exec(inner);
  if (timeout) return { kind: "timeout", text: `prune timed out after ${timeout[1]}` };
  if (/\bS3\b|\bstore\b|artifact|restic/i.test(inner)) return { kind: "store", text: "prune could not read from or delete in the store" };
  return { kind: "other", text: "prune failed" };
}
function stepName(env) {
  const step = env.GITHUB_ACTION;
  if (!step) return void 0;
  return env.GITHUB_JOB ? `${env.GITHUB_JOB} / ${step}` : step;
}
function failureStatusFields(e, env) {
  const c = classifyFailure(e);
  const step = stepName(env);
  return { error: `${step ? `Step \`${step}\`: ` : ""}${c.text}. The run log has the details.`, kind: c.kind, ...step ? { step } : {} };
}

// src/report/status.ts
import { readFile, writeFile as writeFile2 } from "node:fs/promises";
import path3 from "node:path";
function statusPath(runnerTemp, site, environment) {
  return path3.join(runnerTemp, `site-backup-status--${site}--${environment}.json`);
}
async function readStatus(runnerTemp, site, environment) {
  if (!runnerTemp) return void 0;
  try {
    return JSON.parse(await readFile(statusPath(runnerTemp, site, environment), "utf8"));
  } catch {
    return void 0;
  }
}

// src/summaries/failure-issue.ts
var IssueAccessError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "IssueAccessError";
  }
};
function issueTitle(site, environment) {
  return `Backup failing: ${site}/${environment}`;
}
function explainIssueError(e, doing) {
  const status = requestStatus(e);
  const said = redact(requestMessage(e));
  if (status === 401) {
    return new IssueAccessError(
      `Could not ${doing}: the github-token was rejected (HTTP 401: ${said}). Pass a valid token in \`github-token\` (the default \`\${{ github.token }}\` works).`
    );
  }
  if (status === 403 || status === 404) {
    return new IssueAccessError(
      `Could not ${doing}: the github-token lacks \`issues: write\` (HTTP ${status}: ${said}). Add \`permissions:\` with \`issues: write\` to the job (keep \`contents: read\`), or pass a token that may write issues in this repository.`
    );
  }
  if (status === 410) {
    return new IssueAccessError(
      `Could not ${doing}: issues are disabled in this repository (HTTP 410). Enable them in the repository settings, or the failure issue cannot be kept.`
    );
  }
  return new Error(`Could not ${doing}: ${status ? `HTTP ${status}: ` : ""}${said}`);
}
async function call(doing, fn) {
  try {
    return await fn();
  } catch (e) {
    throw explainIssueError(e, doing);
  }
}
var toOpen = (i) => ({
  number: i.number,
  title: i.title,
  html_url: i.html_url,
  created_at: i.created_at,
  labels: i.labels.map((l) => typeof l === "string" ? l : l.name ?? "").filter(Boolean)
});
async function findOpenIssues(t) {
  const title = issueTitle(t.site, t.environment);
  const match = (i) => !i.pull_request && i.title === title;
  const labelled = await call(
    "list the open failure issues",
    () => t.client.paginate(t.client.rest.issues.listForRepo, {
      owner: t.owner,
      repo: t.repo,
      state: "open",
      labels: t.labels.join(","),
      per_page: 100
    })
  );
  let found = labelled.filter(match);
  if (found.length === 0) {
    const recent = [];
    let pages = 0;
    await call("list the open issues", async () => {
      for await (const page of t.client.paginate.iterator(t.client.rest.issues.listForRepo, {
        owner: t.owner,
        repo: t.repo,
        state: "open",
        sort: "created",
        direction: "desc",
        per_page: 100
      })) {
        recent.push(...page.data);
        if (++pages >= 3) break;
      }
    });
    const titled = recent.filter(match);
    const me = titled.length > 0 ? await tokenLogin(t.client) : void 0;
    found = me ? titled.filter((i) => i.user?.login === me) : [];
  }
  return found.map(toOpen).sort((a, b) => a.number - b.number);
}
var utc = (d) => d.toISOString().replace("T", " ").replace(/\.\d{3}Z$/, " UTC");
function failureLines(r) {
  const out = [];
  for (const f of r.failures) {
    out.push(`- ${f.what}`);
    if (f.detail) {
      const excerpt = f.detail.length > 1500 ? `${f.detail.slice(0, 1500)}\u2026` : f.detail;
      out.push(
        "",
        "  ```",
        ...excerpt.replace(/```/g, "'''").split("\n").map((l) => `  ${l}`),
        "  ```"
      );
    }
  }
  return out;
}
function newestLine(r) {
  if (r.newestUnknown) return "**Newest good backup:** unknown: prune could not list the backups.";
  if (!r.newestGood) return "**Newest good backup:** none found. There is no complete backup to restore.";
  const age = formatDuration(Math.max(0, r.now.getTime() - r.newestGood.time.getTime()));
  return `**Newest good backup:** \`${r.newestGood.id}\` from ${utc(r.newestGood.time)}, **${age} old**, at \`${r.newestGood.location}\`.`;
}
function whenLine(r) {
  return `**When:** ${utc(r.when)}${r.runUrl ? ` in [this run](${r.runUrl})` : ""}.`;
}
function failureIssueBody(site, environment, r) {
  const id = r.newestGood?.id ?? "latest";
  const lines = [
    `Backups of **${site}/${environment}** are failing.`,
    "",
    "**What failed:**",
    ...failureLines(r),
    "",
    whenLine(r),
    "",
    newestLine(r),
    "",
    "**How to restore** the newest good backup, from a workflow:",
    "",
    "```yaml",
    "- uses: site-backup-action/site-backup-action/restore@v1",
    "  with:",
    `    site: ${site}`,
    `    environment: ${environment}`,
    `    store: ${r.store}`,
    // The password line itself would look like a leaked secret to redact(): say it in words.
    ...r.restic ? ["    format: restic  # and restic-password, from the secret that holds the repository password"] : [],
    `    backup: ${id}`,
    "```",
    "",
    "or from a terminal:",
    "",
    "```sh",
    `site-backup restore --site ${site} --environment ${environment} --store '${r.store}'${r.restic ? " --format restic" : ""} --backup ${id}`,
    "```",
    "",
    "Each further failure adds a comment here; the next successful backup closes this issue."
  ];
  return redact(lines.join("\n"));
}
function failureCommentBody(r) {
  return redact(["**Failed again.**", "", ...failureLines(r), "", whenLine(r), "", newestLine(r)].join("\n"));
}
function recoveredCommentBody(r) {
  return redact(`**Recovered:** backup \`${r.backupId}\` completed${r.runUrl ? ` in [this run](${r.runUrl})` : ""}. Closing.`);
}
async function reportFailure(t, r) {
  const open2 = await findOpenIssues(t);
  if (open2.length === 0) {
    const created = await call(
      "create the failure issue",
      () => t.client.rest.issues.create({
        owner: t.owner,
        repo: t.repo,
        title: issueTitle(t.site, t.environment),
        body: failureIssueBody(t.site, t.environment, r),
        labels: t.labels
      })
    );
    return { action: "created", number: created.data.number, url: created.data.html_url };
  }
  const [issue2, ...duplicates] = open2;
  await call(
    `comment on failure issue #${issue2.number}`,
    () => t.client.rest.issues.createComment({ owner: t.owner, repo: t.repo, issue_number: issue2.number, body: failureCommentBody(r) })
  );
  const missing = t.labels.filter((l) => !issue2.labels.includes(l));
  if (missing.length > 0) {
    await call(
      `label failure issue #${issue2.number}`,
      () => t.client.rest.issues.addLabels({ owner: t.owner, repo: t.repo, issue_number: issue2.number, labels: missing })
    );
  }
  await closeDuplicates(t, issue2, duplicates);
  return { action: "commented", number: issue2.number, url: issue2.html_url };
}
async function closeDuplicates(t, keep, duplicates) {
  for (const d of duplicates) {
    await call(`close duplicate issue #${d.number}`, async () => {
      await t.client.rest.issues.createComment({
        owner: t.owner,
        repo: t.repo,
        issue_number: d.number,
        body: `Duplicate of #${keep.number}.`
      });
      await t.client.rest.issues.update({
        owner: t.owner,
        repo: t.repo,
        issue_number: d.number,
        state: "closed",
        state_reason: "not_planned"
      });
    });
  }
}
async function reportRecovery(t, r) {
  const open2 = (await findOpenIssues(t)).filter((i) => !r.backupTime || new Date(i.created_at).getTime() < r.backupTime.getTime());
  if (open2.length === 0) return { action: "none" };
  for (const issue2 of open2) {
    await call(`close failure issue #${issue2.number}`, async () => {
      await t.client.rest.issues.createComment({ owner: t.owner, repo: t.repo, issue_number: issue2.number, body: recoveredCommentBody(r) });
      await t.client.rest.issues.update({
        owner: t.owner,
        repo: t.repo,
        issue_number: issue2.number,
        state: "closed",
        state_reason: "completed"
      });
    });
  }
  return { action: "closed", number: open2[0].number, url: open2[0].html_url };
}
function backupFailure(outcome, status) {
  const failed = outcome === "failure" || outcome === "cancelled" || outcome === void 0 && status?.outcome === "failure";
  if (!failed) return void 0;
  let what = outcome === "cancelled" ? "The backup step was cancelled (timed out or stopped)" : "The backup failed";
  if (status?.outcome === "failure" && status.component) what += ` in component \`${status.component}\``;
  const item = { what: `${what}.` };
  if (status?.outcome === "failure" && status.error) item.detail = status.error;
  return item;
}
async function updateFailureIssue(c) {
  const io = { log: c.log, env: c.env };
  const status = await readStatus(io.env.RUNNER_TEMP, c.site, c.environment);
  const outcome = c.cfg?.backupOutcome;
  const failures = [];
  const bf = backupFailure(outcome, status);
  if (bf) failures.push(bf);
  if (c.failure) {
    const refused = c.failure instanceof PruneError && c.failure.refused;
    const said = classifyPruneFailure(c.failure).text;
    failures.push(
      refused ? { what: "Prune refused to delete anything: no backup is fresher than `max-age`.", detail: redact(said) } : { what: redact(`Prune failed: ${said}. The run log has the details.`) }
    );
  }
  let recovery;
  const newest = c.result ? newestComplete(c.result.plan.rows.map((r) => r.backup)) : void 0;
  if (failures.length === 0 && c.result) {
    const backupOk = outcome === "success" || outcome === void 0 && status !== void 0 && status.outcome !== "failure";
    if (backupOk) {
      const id = status?.backupId ?? newest?.id;
      if (id) recovery = { backupId: id };
    } else if (outcome === void 0 && status === void 0 && c.cfg?.maxAgeMs !== void 0 && newest) {
      recovery = { backupId: newest.id, backupTime: newest.parsed.time };
    }
  }
  if (failures.length === 0 && !recovery) return void 0;
  const repo = repoFromEnv(io.env);
  if (!c.token || !repo) {
    if (failures.length > 0)
      io.log.warn(`The failure issue was not updated: ${!repo ? "GITHUB_REPOSITORY is not set" : "there is no github-token"}.`);
    return void 0;
  }
  if (c.cfg?.dryRun) {
    io.log.info(
      failures.length > 0 ? `Dry run: the failure issue is left alone (it would report: ${failures.map((f) => f.what).join(" ")})` : `Dry run: an open failure issue would be closed as recovered by ${recovery.backupId}.`
    );
    return void 0;
  }
  const target = {
    client: githubClient(c.token, io.env),
    owner: repo.owner,
    repo: repo.repo,
    site: c.site,
    environment: c.environment,
    labels: c.cfg?.issueLabels ?? parseLabels(c.labelsText || "backup-failure")
  };
  const runUrl = status?.runUrl ?? sourceFromEnv(io.env).runUrl;
  if (failures.length > 0) {
    const when = status?.outcome === "failure" && status.finishedAt && !Number.isNaN(Date.parse(status.finishedAt)) ? new Date(status.finishedAt) : c.now;
    const report = {
      failures,
      when,
      store: c.cfg?.storeText ?? c.storeText,
      ...c.cfg && formatOf(c.cfg.store) === "restic" ? { restic: true } : {},
      now: c.now,
      ...runUrl ? { runUrl } : {},
      ...c.result ? {} : { newestUnknown: true },
      ...newest && c.place ? { newestGood: { id: newest.id, time: newest.parsed.time, location: c.place.location(newest) } } : {}
    };
    const done2 = await reportFailure(target, report);
    if (done2.action !== "none") io.log.info(`Failure issue #${done2.number} ${done2.action}: ${done2.url}`);
    return done2;
  }
  const done = await reportRecovery(target, { ...recovery, ...runUrl ? { runUrl } : {} });
  if (done.action === "closed") io.log.info(`Failure issue #${done.number} closed: backups recovered (${recovery.backupId}).`);
  return done;
}

// src/report/markdown.ts
var CONTROL_RE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
var HTML_ENTITY = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "&#124;" };
function cell(s) {
  return s.replace(/\s*[\r\n\u2028\u2029]+\s*/g, " ").replace(CONTROL_RE, " ").replace(/[&<>|]/g, (c) => HTML_ENTITY[c]).replace(/[\\`*~[\]]/g, "\\$&").replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, "\\_").replace(/:\/\//g, "\\://").replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\\.`);
}
function markupCell(s) {
  return s.replace(/\|/g, "\\|").replace(/\s*\r?\n\s*/g, " ");
}
function table(header, rows, align = []) {
  const line = (cells) => `| ${cells.map(markupCell).join(" | ")} |`;
  return [line(header), `|${header.map((_, i) => align[i] === "right" ? "---:" : "---").join("|")}|`, ...rows.map(line)];
}
function code(s) {
  const one = s.replace(/[\r\n]+/g, " ");
  const longest = Math.max(0, ...[...one.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return longest ? `${fence} ${one} ${fence}` : `${fence}${one}${fence}`;
}

// src/summaries/failure-summary.ts
var NEXT_STEP = {
  input: "Fix the input named above (the error says what it accepts) and run the workflow again.",
  collision: "Run the step again: it gets a new backup id. Give the backup and prune steps of a site one `concurrency` group so two runs never write at once.",
  timeout: "Raise `timeout` if the site needs longer, or check that the platform answers; the log shows how far the component got.",
  command: "Open the log at the error: it has the command's own output. Run the command by hand with the same environment to reproduce it.",
  content: "The log lists the suspect files: fix the export, or raise `accept-suspect-files` when they are expected.",
  integrity: "Restore or verify another backup (`backup: <id>`; `site-backup list` shows them), and check the store for damage.",
  store: "Check the store's credentials and permissions (for `artifact`, the job needs `permissions: actions: write`), then run again.",
  other: "Open the log at the error annotation. If the cause was passing (a network error, a platform outage), run the job again."
};
var TITLE = {
  backup: "Backup failed",
  restore: "Restore failed",
  verify: "Verify failed",
  prune: "Prune failed"
};
function failureSummaryMarkdown(s) {
  const c = classifyFailure(s.error);
  const what = s.error instanceof ConfigError ? `input \`${s.error.input}\`` : s.error instanceof ComponentError ? `the \`${s.error.component}\` component` : `the ${s.action}`;
  const step = stepName(s.env);
  const target = s.site ? ` ${s.site}/${s.environment ?? ""}` : "";
  const message = s.error instanceof ConfigError ? redact(s.error.message).split("\n")[0].slice(0, 500) : void 0;
  return [
    `## \u274C ${TITLE[s.action]}:${cell(target)}`,
    "",
    `**What failed**: ${what}${step ? ` in step ${code(step)}` : ""}.`,
    "",
    `**Why**: ${c.text}.`,
    "",
    // Our own sentence, with its code spans: kept on one line only.
    ...message ? ["> " + markupCell(message), ""] : [],
    `**What was kept**: ${s.kept}`,
    "",
    `**Next step**: ${NEXT_STEP[c.kind]}`,
    ""
  ].join("\n");
}

// src/summaries/prune.ts
var utc2 = (d) => d.toISOString().replace("T", " ").replace(/\.\d{3}Z$/, "Z");
function outcomeText(r) {
  switch (r.outcome) {
    case "kept":
      return "kept";
    case "removed":
      return "removed";
    case "would remove":
      return "would remove";
    case "refused":
      return "kept (prune refused)";
    case "failed":
      return `NOT removed: ${r.error ?? "failed"}`;
    case "unchanged":
      return "not removed";
  }
}
function planLines(result) {
  const rows = result.plan.rows;
  const w = Math.max(0, ...rows.map((r) => r.backup.id.length));
  const ow = Math.max(0, ...rows.map((r) => outcomeText(r).length));
  return rows.map(
    (r) => `${outcomeText(r).toUpperCase().padEnd(ow)}  ${r.backup.id.padEnd(w)}  ${utc2(r.backup.parsed.time)}  ${r.reasons.join(", ")}`
  );
}
var isKept = (r) => r.outcome !== "removed" && r.outcome !== "would remove";
function ruleOf(reason) {
  const r = reason.replace(/^oldest /, "");
  if (r.startsWith("within ")) return r.replace(/[:#;]/g, " ");
  if (r.startsWith("newest complete")) return "newest complete";
  if (r.startsWith("incomplete")) return "incomplete";
  if (r.startsWith("policy is empty")) return "empty policy (keeps all)";
  return r.split(" ")[0].replace(/[:#;]/g, " ");
}
var TIMELINE_MAX = 150;
function keptTimelineMermaid(site, environment, rows, max = TIMELINE_MAX) {
  const kept = rows.filter(isKept).slice(0, max);
  if (kept.length === 0) return void 0;
  const byRule = /* @__PURE__ */ new Map();
  for (const r of kept) {
    for (const rule of new Set((r.reasons.length ? r.reasons : ["kept"]).map(ruleOf))) {
      const list = byRule.get(rule) ?? [];
      list.push(r);
      byRule.set(rule, list);
    }
  }
  const at = (d) => d.toISOString().slice(0, 16).replace("T", " ");
  const lines = [
    "```mermaid",
    "gantt",
    `    title Kept backups of ${site}/${environment} by rule (UTC)`,
    "    dateFormat YYYY-MM-DD HH:mm",
    "    axisFormat %Y-%m-%d"
  ];
  for (const [rule, list] of byRule) {
    lines.push(`    section ${rule}`);
    for (const r of [...list].reverse()) lines.push(`    ${r.backup.id.split("-")[0]} : milestone, ${at(r.backup.parsed.time)}, 0d`);
  }
  lines.push("```");
  return lines.join("\n");
}
var SUMMARY_ROWS = 1e3;
function pruneSummaryMarkdown(cfg, result, error2, env = {}) {
  const title = `## Prune ${cfg.site}/${cfg.environment}${result?.dryRun ? " (dry run: nothing deleted)" : ""}`;
  const lines = [];
  if (error2) {
    const kept = result ? `${result.kept} ${result.kept === 1 ? "backup is" : "backups are"} kept${result.removed ? ` (${result.removed} removed before it stopped)` : ""}; nothing else was deleted. The plan below says why each one is kept.` : "Nothing was deleted: prune stopped before it planned anything.";
    lines.push(failureSummaryMarkdown({ action: "prune", site: cfg.site, environment: cfg.environment, error: error2, env, kept }));
  }
  lines.push(title, "");
  lines.push(`Scheduled backups: \`${cfg.scheduled.text}\` \xB7 on-demand: \`${cfg.onDemand.text}\` \xB7 periods in ${cfg.timeZone}`, "");
  if (!result) return lines.join("\n");
  const verb = result.dryRun ? "would be removed" : "removed";
  lines.push(`${result.kept} kept, ${result.removed} ${verb}.`, "");
  if (result.bytesHeldByLock !== void 0) lines.push(lockLine(result), "");
  if (result.plan.rows.length === 0) {
    lines.push("No backups found.", "");
    return lines.join("\n");
  }
  const timeline = keptTimelineMermaid(cfg.site, cfg.environment, result.plan.rows);
  if (timeline) {
    const kept = result.plan.rows.filter(isKept).length;
    lines.push(timeline, "");
    if (kept > TIMELINE_MAX) lines.push(`The timeline shows the newest ${TIMELINE_MAX} of ${kept} kept backups.`, "");
  }
  const locked = result.plan.rows.some((r) => r.lock);
  const rows = result.plan.rows.slice(0, SUMMARY_ROWS).map((r) => [
    code(r.backup.id),
    utc2(r.backup.parsed.time),
    `${r.backup.parsed.trigger}${r.class === "incomplete" ? " (incomplete)" : ""}`,
    // A failed deletion quotes the store's answer: text, never markup.
    cell(outcomeText(r)),
    cell(r.reasons.join(", ")),
    ...locked ? [lockCell(r)] : []
  ]);
  lines.push(...table(["id", "time (UTC)", "trigger", "kept/removed", "reason", ...locked ? ["Object Lock"] : []], rows));
  if (result.plan.rows.length > SUMMARY_ROWS)
    lines.push("", `\u2026 and ${result.plan.rows.length - SUMMARY_ROWS} more (the log has the whole plan).`);
  lines.push("");
  return lines.join("\n");
}
function lockLine(result) {
  const n = result.locksExtended ?? 0;
  const extended = `${n} ${n === 1 ? "backup's lock" : "backups' locks"} ${result.dryRun ? "would be " : ""}extended to match the policy`;
  return `Object Lock: ${extended}; ${formatBytes(result.bytesHeldByLock ?? 0)} held under lock past the policy (removed backups whose locked versions stay until their dates; a lifecycle rule frees them after, see docs/immutable.md).`;
}
function lockCell(r) {
  const l = r.lock;
  if (!l) return "";
  if (!l.until) return l.mode ? `${l.mode}, no date` : "**not locked**";
  const mode = (l.mode ?? "").toLowerCase();
  if (l.wouldExtendTo) return `${mode} until ${utc2(l.until)}; would extend to ${utc2(l.wouldExtendTo)}`;
  return `${mode} until ${utc2(l.until)}${l.extendedFrom ? ` (extended from ${utc2(l.extendedFrom)})` : ""}`;
}

// src/config/notify.ts
var WEBHOOK_ON = ["failure", "always"];
var KUMA_PATH_RE = /\/api\/push\/[^/]+\/?$/;
function expandPlaceholders(raw, site, environment) {
  return raw.replace(/\{site\}/g, site).replace(/\{environment\}/g, environment);
}
function parseHttpUrl(input, raw, example) {
  const hint = `Give the full URL from the monitor or chat service, such as \`${example}\`, from a repository secret.`;
  if (/[\s\0]/.test(raw)) throw new ConfigError(input, "holds a space, line break or NUL", hint);
  const left = /\{[^}]*\}/.exec(raw);
  if (left)
    throw new ConfigError(
      input,
      `holds the placeholder \`${left[0].slice(0, 20)}\`; only \`{site}\` and \`{environment}\` are replaced`,
      hint
    );
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(input, "is not a URL", hint);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new ConfigError(input, `is a ${url.protocol.replace(/:$/, "")} URL, not http(s)`, hint);
  return url;
}
function parseNotifyConfig(src, site, environment) {
  const cfg = {};
  const ping = src.get("ping-url");
  if (ping) {
    const url = parseHttpUrl("ping-url", expandPlaceholders(ping, site, environment), "https://hc-ping.com/<uuid>");
    cfg.ping = { url, style: KUMA_PATH_RE.test(url.pathname) ? "uptime-kuma" : "healthchecks" };
  }
  const on = inputOrDefault(src, "webhook-on");
  if (!WEBHOOK_ON.includes(on))
    throw new ConfigError("webhook-on", `"${on.slice(0, 40)}" is not a choice`, `Use ${WEBHOOK_ON.map((w) => `\`${w}\``).join(" or ")}.`);
  const hook = src.get("webhook-url");
  if (hook) cfg.webhook = { url: parseHttpUrl("webhook-url", hook, "https://hooks.slack.com/services/\u2026"), on };
  return cfg;
}

// src/notify/notifier.ts
import { randomUUID } from "node:crypto";

// src/notify/messages.ts
var MAX_BODY_BYTES = 10 * 1024;
var MAX_KUMA_MSG = 200;
function capBytes(text, max = MAX_BODY_BYTES) {
  if (Buffer.byteLength(text) <= max) return text;
  const marker = `
\u2026 (cut to ${Math.floor(max / 1024)} kB)`;
  let out = Buffer.from(text).subarray(0, max - Buffer.byteLength(marker)).toString("utf8");
  out = out.replace(/\uFFFD$/, "");
  return out + marker;
}
var clean = (text, max = MAX_BODY_BYTES) => capBytes(redact(text), max);
function successEvent(t, r) {
  const what = r.skipped ? `skipped: backup ${r.id} is younger than max-age` : `backup ${r.id} stored (${r.components.join(", ") || "no components"}; ${formatBytes(r.bytes)}) in ${formatDuration(r.elapsedMs)}`;
  const facts = [
    { name: "Site", value: `${t.site}/${t.environment}` },
    { name: "Outcome", value: r.skipped ? "skipped" : "success" },
    { name: "Backup", value: r.id },
    ...r.skipped ? [] : [{ name: "Size", value: formatBytes(r.bytes) }],
    ...t.runUrl ? [{ name: "Run", value: t.runUrl }] : []
  ];
  return { kind: "success", text: clean(`${t.site}/${t.environment}: ${what}`).split("\n")[0], facts: cleanFacts(facts) };
}
function verifiedEvent(t, r) {
  const n = r.ids.length;
  const drill = r.drillRows === void 0 ? "" : `; the restore drill loaded ${r.drillRows} rows`;
  const facts = [
    { name: "Site", value: `${t.site}/${t.environment}` },
    { name: "Outcome", value: "verified" },
    ...n ? [{ name: "Newest", value: r.ids[0] }] : [],
    ...r.drillRows === void 0 ? [] : [{ name: "Drill rows", value: String(r.drillRows) }],
    ...t.runUrl ? [{ name: "Run", value: t.runUrl }] : []
  ];
  const text = `${t.site}/${t.environment}: verified ${n} ${n === 1 ? "backup" : "backups"} (newest ${r.ids[0] ?? "none"})${drill} in ${formatDuration(r.elapsedMs)}`;
  return { kind: "success", text: clean(text).split("\n")[0], facts: cleanFacts(facts) };
}
function prunedEvent(t, r) {
  const removed = r.dryRun ? `${r.removed} would be removed (dry run)` : `${r.removed} removed`;
  const facts = [
    { name: "Site", value: `${t.site}/${t.environment}` },
    { name: "Outcome", value: "pruned" },
    { name: "Kept", value: String(r.kept) },
    { name: r.dryRun ? "Would remove" : "Removed", value: String(r.removed) },
    ...t.runUrl ? [{ name: "Run", value: t.runUrl }] : []
  ];
  const text = `${t.site}/${t.environment}: pruned: ${r.kept} kept, ${removed} in ${formatDuration(r.elapsedMs)}`;
  return { kind: "success", text: clean(text).split("\n")[0], facts: cleanFacts(facts) };
}
function failureEvent(t, error2, env) {
  const f = failureStatusFields(error2, env);
  const lines = [
    `${t.site}/${t.environment}: ${t.action} failed.`,
    f.error,
    `Next step: ${NEXT_STEP[f.kind]}`,
    ...t.runUrl ? [`Run: ${t.runUrl}`] : []
  ];
  const facts = [
    { name: "Site", value: `${t.site}/${t.environment}` },
    { name: "Outcome", value: "failure" },
    { name: "Kind", value: f.kind },
    ...f.step ? [{ name: "Step", value: f.step }] : [],
    ...t.runUrl ? [{ name: "Run", value: t.runUrl }] : []
  ];
  return { kind: "failure", text: clean(lines.join("\n")), facts: cleanFacts(facts) };
}
function cleanFacts(facts) {
  return facts.map((f) => ({ name: f.name, value: clean(f.value, 1024) }));
}
function pingRequest(ping, event, rid) {
  const url = new URL(ping.url);
  if (ping.style === "uptime-kuma") {
    if (event.kind === "start") return void 0;
    url.searchParams.set("status", event.kind === "success" ? "up" : "down");
    url.searchParams.set("msg", capChars(event.text.split("\n").slice(0, 2).join(" "), MAX_KUMA_MSG));
    return { method: "GET", url: url.href, body: "", contentType: "text/plain; charset=utf-8" };
  }
  const suffix = event.kind === "start" ? "/start" : event.kind === "failure" ? "/fail" : "";
  url.pathname = url.pathname.replace(/\/+$/, "") + suffix;
  url.searchParams.set("rid", rid);
  return { method: "POST", url: url.href, body: event.kind === "start" ? "" : event.text, contentType: "text/plain; charset=utf-8" };
}
function capChars(s, max) {
  const chars = [...s];
  return chars.length <= max ? s : chars.slice(0, max - 1).join("") + "\u2026";
}
var TITLES = {
  backup: { success: "\u2705 Backup succeeded", failure: "\u274C Backup failed" },
  verify: { success: "\u2705 Verify passed", failure: "\u274C Verify failed" },
  prune: { success: "\u2705 Prune succeeded", failure: "\u274C Prune failed" }
};
function webhookBody(t, event) {
  const title = `${TITLES[t.action][event.kind]}: ${t.site}/${t.environment}`;
  const text = capBytes(`${title}
${event.text}`);
  const color = event.kind === "failure" ? { slack: "danger", teams: "D13438" } : { slack: "good", teams: "2EB67D" };
  return JSON.stringify({
    text,
    attachments: [
      {
        color: color.slack,
        fallback: title,
        fields: event.facts.map((f) => ({ title: f.name, value: f.value, short: f.value.length <= 40 }))
      }
    ],
    "@type": "MessageCard",
    "@context": "https://schema.org/extensions",
    summary: title,
    title,
    themeColor: color.teams,
    sections: [{ facts: event.facts }]
  });
}

// src/notify/notifier.ts
var NOTIFY_BUDGET_MS = 1e4;
var httpSend = async (req, timeoutMs) => {
  try {
    const res = await fetch(req.url, {
      method: req.method,
      headers: { "content-type": req.contentType, "user-agent": "site-backup" },
      ...req.method === "POST" ? { body: req.body } : {},
      signal: AbortSignal.timeout(timeoutMs)
    });
    await res.body?.cancel().catch(() => void 0);
    return res.ok ? { ok: true } : { ok: false, reason: `answered HTTP ${res.status}` };
  } catch (e) {
    return { ok: false, reason: sendFailure(e, timeoutMs) };
  }
};
function sendFailure(e, timeoutMs) {
  const err = e;
  if (err.name === "TimeoutError" || err.cause?.name === "TimeoutError") return `gave no answer within ${(timeoutMs / 1e3).toFixed(1)} s`;
  const code2 = typeof err.cause?.code === "string" && /^[A-Z_]+$/.test(err.cause.code) ? ` (${err.cause.code})` : "";
  return `could not be reached${code2}`;
}
var Notifier = class {
  constructor(cfg, target, log, opts = {}) {
    this.cfg = cfg;
    this.target = target;
    this.log = log;
    this.rid = opts.rid ?? randomUUID();
    this.budgetMs = opts.budgetMs ?? NOTIFY_BUDGET_MS;
    this.send = opts.send ?? httpSend;
    this.now = opts.now ?? Date.now;
  }
  cfg;
  target;
  log;
  rid;
  spentMs = 0;
  budgetMs;
  send;
  now;
  /** The start ping, before anything is exported. */
  async start() {
    await this.safely(() => this.deliver(this.outgoing({ kind: "start" }), this.budgetMs / 2));
  }
  async success(info2) {
    await this.safely(() => this.deliver(this.outgoing(successEvent(this.target, info2)), Infinity));
  }
  async verified(info2) {
    await this.safely(() => this.deliver(this.outgoing(verifiedEvent(this.target, info2)), Infinity));
  }
  async pruned(info2) {
    await this.safely(() => this.deliver(this.outgoing(prunedEvent(this.target, info2)), Infinity));
  }
  async failure(error2, env) {
    await this.safely(() => this.deliver(this.outgoing(failureEvent(this.target, error2, env)), Infinity));
  }
  /** A notifier that throws would turn a good backup into a failed one: it warns instead. */
  async safely(fn) {
    try {
      await fn();
    } catch {
      this.log.warn(`A ping or webhook post could not be prepared; the monitor may alert. The ${this.target.action}'s outcome stands.`);
    }
  }
  outgoing(event) {
    const out = [];
    const ping = this.cfg.ping && pingRequest(this.cfg.ping, event, this.rid);
    if (ping) out.push({ what: `\`ping-url\` ${event.kind === "failure" ? "fail" : event.kind} ping`, req: ping });
    const hook = this.cfg.webhook;
    if (hook && event.kind !== "start" && (event.kind === "failure" || hook.on === "always")) {
      out.push({
        what: "`webhook-url` post",
        req: { method: "POST", url: hook.url.href, body: webhookBody(this.target, event), contentType: "application/json" }
      });
    }
    return out;
  }
  /** Sends them side by side, within what is left of the budget (and `limitMs`); failures are warnings. */
  async deliver(list, limitMs) {
    if (list.length === 0) return;
    const timeoutMs = Math.floor(Math.min(limitMs, this.budgetMs - this.spentMs));
    const started = this.now();
    try {
      if (timeoutMs <= 0) {
        for (const o of list)
          this.log.warn(
            `The ${o.what} was not sent: pings have used their ${this.budgetMs / 1e3} s for this run. The ${this.target.action}'s outcome stands.`
          );
        return;
      }
      const results = await Promise.all(
        list.map((o) => this.send(o.req, timeoutMs).catch(() => ({ ok: false, reason: "failed" })))
      );
      results.forEach((r, i) => {
        if (!r.ok)
          this.log.warn(
            `The ${list[i].what} to ${new URL(list[i].req.url).host} ${r.reason}; the monitor may alert. The ${this.target.action}'s outcome stands.`
          );
      });
    } finally {
      this.spentMs += Math.max(0, this.now() - started);
    }
  }
};

// src/commands/notify.ts
async function startNotifier(io, action, opts = {}) {
  if (!io.inputs.get("ping-url") && !io.inputs.get("webhook-url") && !io.inputs.get("webhook-on")) return void 0;
  const site = parseSite(io.inputs);
  const environment = parseEnvironment(io.inputs);
  const cfg = parseNotifyConfig(io.inputs, site, environment);
  if (!cfg.ping && !cfg.webhook) return void 0;
  if (cfg.ping) io.log.setSecret(cfg.ping.url.href);
  const runUrl = sourceFromEnv(io.env).runUrl;
  const notifier = new Notifier(cfg, { action, site, environment, ...runUrl ? { runUrl } : {} }, io.log, opts);
  await notifier.start();
  return notifier;
}

// src/commands/secrets.ts
function maskSecretInputs(inputs, log) {
  for (const [name, spec] of Object.entries(INPUTS)) {
    if (spec.secret) log.setSecret(inputs.get(name));
  }
}

// src/commands/prune.ts
async function prune(io, deps, now) {
  const out = {};
  try {
    out.notifier = await startNotifier(io, "prune", deps.notify);
    const cfg = out.cfg = parsePruneConfig(io.inputs, io.cwd);
    const place = out.place = deps.place ?? await openPlace(cfg.store, io.log, io.env);
    io.log.info(
      `Pruning ${cfg.site}/${cfg.environment} in ${cfg.storeText}: scheduled ${cfg.scheduled.text}; on-demand ${cfg.onDemand.text}; periods in ${cfg.timeZone}${cfg.dryRun ? "; dry run" : ""}.`
    );
    out.result = await runPrune(cfg, {
      place,
      log: io.log,
      dryRun: cfg.dryRun,
      now,
      ...deps.retryDelayMs !== void 0 ? { retryDelayMs: deps.retryDelayMs } : {}
    });
  } catch (e) {
    out.failure = e;
    if (e instanceof PruneError && e.result) out.result = e.result;
  }
  return out;
}
async function pruneCommand(io, deps = {}) {
  maskSecretInputs(io.inputs, io.log);
  const token = io.inputs.get("github-token") ?? io.env.GITHUB_TOKEN;
  io.log.setSecret(token);
  const now = deps.now ?? (() => /* @__PURE__ */ new Date());
  const started = Date.now();
  const site = parseSite(io.inputs);
  const environment = parseEnvironment(io.inputs);
  const { cfg, place, result, failure, notifier } = await prune(io, deps, now);
  if (result) {
    const write = deps.write ?? ((l) => io.log.info(l));
    for (const line of planLines(result)) write(line);
    io.log.info(`${result.kept} kept, ${result.removed} ${result.dryRun ? "would be removed (dry run)" : "removed"}.`);
    io.setOutput("kept", String(result.kept));
    io.setOutput("removed", String(result.removed));
  }
  if (cfg) await io.summary(pruneSummaryMarkdown(cfg, result, failure, io.env));
  let issueError;
  try {
    const issue2 = await updateFailureIssue({
      site,
      environment,
      cfg,
      place,
      result,
      failure,
      token,
      now: now(),
      log: io.log,
      env: io.env,
      labelsText: inputOrDefault(io.inputs, "issue-labels") ?? "",
      storeText: inputOrDefault(io.inputs, "store") ?? ""
    });
    if (issue2 && issue2.action !== "none") io.setOutput("issue-url", issue2.url);
    if (result && issue2) result.issue = issue2;
  } catch (e) {
    issueError = e;
  }
  if (failure ?? issueError) await notifier?.failure(failure ?? issueError, io.env);
  else if (result)
    await notifier?.pruned({ kept: result.kept, removed: result.removed, dryRun: result.dryRun, elapsedMs: Date.now() - started });
  if (failure) {
    if (issueError) io.log.error(redact(issueError.message), "failure issue");
    throw failure;
  }
  if (issueError) throw issueError;
  return result;
}

// src/actions/io.ts
import os from "node:os";

// src/actions/runner.ts
import { randomUUID as randomUUID2 } from "node:crypto";
import { appendFileSync } from "node:fs";
import { EOL } from "node:os";
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function command(name, properties, message) {
  const props = Object.entries(properties).filter((e) => !!e[1]).map(([k, v]) => `${k}=${escapeProperty(v)}`).join(",");
  return `::${name}${props ? ` ${props}` : ""}::${escapeData(message)}`;
}
function issue(name, properties, message) {
  process.stdout.write(command(name, properties, message) + EOL);
}
var info = (message) => void process.stdout.write(message + EOL);
var warning = (message) => issue("warning", {}, message);
var error = (message, title) => issue("error", { title }, message);
var setSecret = (value) => issue("add-mask", {}, value);
function outputEntry(name, value, delimiter = `ghadelimiter_${randomUUID2()}`) {
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`output ${name} contains its delimiter`);
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}
function setOutput(name, value, env = process.env) {
  const file = env.GITHUB_OUTPUT;
  if (file) appendFileSync(file, outputEntry(name, value), "utf8");
  else issue("set-output", { name }, value);
}
function appendSummary(markdown, env = process.env) {
  const file = env.GITHUB_STEP_SUMMARY;
  if (file) appendFileSync(file, markdown + EOL, "utf8");
  else info(markdown);
}

// src/actions/io.ts
var actionReporter = {
  info: (m) => info(redact(m)),
  warn: (m) => warning(redact(m)),
  error: (m, title) => error(redact(m), title),
  setSecret: (v) => {
    if (!v) return;
    setSecret(v);
    for (const line of v.split(/\r?\n/)) if (line.trim().length >= 8 && line.trim() !== v.trim()) setSecret(line.trim());
    addSecret(v);
  }
};
function actionIo() {
  return {
    inputs: envSource(process.env),
    log: actionReporter,
    env: process.env,
    cwd: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    setOutput: (name, value) => setOutput(name, redact(value)),
    summary: async (md) => appendSummary(redact(md))
  };
}
async function runAction(what, body) {
  for (const v of secretsInEnv(process.env)) actionReporter.setSecret(v);
  installInterruptCleanup();
  try {
    await sweepLeftovers(process.env.RUNNER_TEMP ?? os.tmpdir(), actionReporter);
    await body(actionIo());
  } catch (e) {
    error(redact(e.message), errorTitle(e, what));
    process.exitCode = 1;
  }
}

// src/actions/prune.ts
await runAction("prune", (io) => pruneCommand(io));
