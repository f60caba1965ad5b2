import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  listingDamage,
  loadManifestText,
  readdirIfExists,
  unwritten
} from "./chunk-JGXZ5MXS.js";
import {
  pickBackup
} from "./chunk-372SLAHS.js";
import {
  formatBytes,
  formatRate
} from "./chunk-OTFXQX3Q.js";
import {
  LOCK_MODES,
  parsePolicy,
  parseTimeZone
} from "./chunk-6LRQM5XH.js";
import {
  redact
} from "./chunk-CWCRKLXP.js";
import {
  formatDuration,
  parseDuration
} from "./chunk-ZZX2MHPD.js";
import {
  BackupExistsError,
  ObjectReadError,
  groupBackups,
  isLayoutObject,
  isRecordName,
  readSmallText
} from "./chunk-DUSEQESR.js";
import {
  BACKUP_ID_RE,
  MANIFEST_NAME,
  SITE_RE,
  parseBackupId
} from "./chunk-GOA47NYZ.js";
import {
  ConfigError
} from "./chunk-Y4QAI7FI.js";

// src/core/copy.ts
import { createHash } from "node:crypto";
import { pipeline as pipeline2, Transform } from "node:stream";

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
var ALL = ["backup", "prune", "restore"];
var INPUTS = {
  platform: {
    description: "Where the site is hosted: `siteglide`, `platformos`, `platformsh`, `upsun`, `divio`, `ssh`, `plantanapp` or `command`.",
    default: "command",
    actions: ["backup", "restore"]
  },
  site: {
    description: "A name for the site, matching `[a-z0-9][a-z0-9._-]*`. It is the first folder of the storage layout.",
    required: true,
    actions: [...ALL, "copy"]
  },
  environment: {
    description: "The platform's environment name; the second folder of the storage layout.",
    default: "production",
    actions: [...ALL, "copy"]
  },
  store: {
    description: "Where backups live: `s3://bucket/prefix`, `artifact` (GitHub artifacts), or a local folder (`file:///abs/path` or a plain path).",
    default: "artifact",
    actions: ALL
  },
  "s3-endpoint": {
    description: "Endpoint URL of an S3-compatible store (R2, MinIO, B2, Wasabi). Empty means AWS S3.",
    actions: ALL
  },
  "s3-region": {
    description: "S3 region. Empty uses the SDK default chain (AWS_REGION), then `us-east-1`.",
    actions: ALL
  },
  "s3-force-path-style": {
    description: "Use path-style S3 URLs (`https://host/bucket/key`), as MinIO and some S3-compatible stores need.",
    default: "false",
    actions: ALL
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
    actions: ALL
  },
  "s3-object-lock-margin": {
    description: "Added to every Object Lock date, so a lock outlasts the policy by a safe margin (such as `1d` or `12h`).",
    default: "1d",
    actions: ALL
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
    actions: [...ALL, "copy"]
  },
  "restic-password": {
    description: "For `format: restic`: the repository password, from a secret. Empty uses `RESTIC_PASSWORD` (or `RESTIC_PASSWORD_FILE` / `RESTIC_PASSWORD_COMMAND`) from the environment. Lose it and the backups cannot be read: keep a copy outside GitHub.",
    actions: ALL,
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
    actions: [...ALL, "copy"],
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
    actions: [...ALL, "copy"]
  },
  "retention-on-demand": {
    description: "Retention of manual and pre-merge backups, in the same syntax as `retention`.",
    default: "divio-on-demand",
    actions: [...ALL, "copy"]
  },
  "retention-timezone": {
    description: "IANA time zone in which days, ISO weeks, months and years are counted (for example `Europe/Zurich`).",
    default: "UTC",
    actions: [...ALL, "copy"]
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
      const code = e.code;
      if (code === "ENOENT" && path.dirname(cur) !== cur) continue;
      if (code === "ENOTDIR") continue;
      throw new ConfigError(input, `${p} cannot be checked (${code ?? "error"})`, fix);
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

// src/config/backup-choice.ts
var EXAMPLE = "an id such as `20261121T050003Z-scheduled-r8812345`";
function isBackupChoice(v) {
  return v === "latest" || BACKUP_ID_RE.test(v);
}
function parseOptionalBackupChoice(src) {
  const v = src.get("backup");
  if (v !== void 0 && !isBackupChoice(v)) {
    throw new ConfigError(
      "backup",
      `"${v}" is not a backup id`,
      `Give ${EXAMPLE}, \`latest\`, or leave it empty to copy every complete backup.`
    );
  }
  return v;
}

// src/config/copy.ts
var SIDE_OPTIONS = {
  from: ["s3-endpoint", "s3-region", "s3-force-path-style"],
  to: [
    "s3-endpoint",
    "s3-region",
    "s3-force-path-style",
    "s3-storage-class",
    "s3-sse",
    "s3-kms-key-id",
    "s3-object-lock",
    "s3-object-lock-margin"
  ]
};
var SHARED = /* @__PURE__ */ new Set(["format", "restic-password", "github-token", "retention", "retention-on-demand", "retention-timezone"]);
function sideName(side, name) {
  if (name === "store") return side;
  if (SIDE_OPTIONS[side].includes(name)) return `${side}-${name}`;
  return SHARED.has(name) ? name : void 0;
}
function sideSource(src, side) {
  return {
    get(name) {
      const real = sideName(side, name);
      return real === void 0 ? void 0 : src.get(real);
    }
  };
}
function renamed(e, side) {
  const rename2 = (n) => sideName(side, n) ?? n;
  const out = new ConfigError(rename2(e.input), "", "");
  out.message = e.message.replace(
    /`([a-z0-9-]+)(:[^`]*)?`/g,
    (m, n, value) => n === "store" || SIDE_OPTIONS[side].includes(n) ? `\`${rename2(n)}${value ?? ""}\`` : m
  );
  return out;
}
function parseSide(src, side, cwd) {
  if (!src.get(side)) {
    throw new ConfigError(
      side,
      "is required",
      `Name the store to copy ${side === "from" ? "from" : "to"}: \`s3://bucket/prefix\` or a folder${side === "from" ? ", or `artifact`" : ""}.`
    );
  }
  try {
    return parseStore(sideSource(src, side), cwd);
  } catch (e) {
    throw e instanceof ConfigError ? renamed(e, side) : e;
  }
}
var RATE_UNITS = { "": 1, k: 1e3, m: 1e6, g: 1e9 };
function parseRate(text) {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b(?:\/s)?)?$/i.exec(text.trim());
  const n = m ? Number(m[1]) * RATE_UNITS[m[2].toLowerCase()] : NaN;
  if (!Number.isFinite(n) || n < 1024) {
    throw new ConfigError(
      "limit-rate",
      `"${text}" is not a rate of at least 1k bytes per second`,
      "Write bytes per second with an optional unit, such as `512k`, `10M` or `1G`, or leave it empty for no limit."
    );
  }
  return Math.floor(n);
}
function parseCopyConfig(src, cwd = process.cwd()) {
  const cfg = {
    site: parseSite(src),
    environment: parseEnvironment(src),
    from: parseSide(src, "from", cwd),
    to: parseSide(src, "to", cwd),
    fromText: src.get("from"),
    toText: src.get("to")
  };
  checkPair(cfg);
  const backup = parseOptionalBackupChoice(src);
  if (backup !== void 0) cfg.backup = backup;
  const newerThan = parseDurationInput(src, "newer-than");
  if (newerThan !== void 0) {
    if (backup !== void 0)
      throw new ConfigError(
        "newer-than",
        "is set together with `backup`",
        "Use one of them: `backup` copies one backup, `newer-than` every backup within that time."
      );
    cfg.newerThanMs = newerThan;
  }
  const rate = src.get("limit-rate");
  if (rate !== void 0) cfg.limitRate = parseRate(rate);
  return cfg;
}
function checkPair(cfg) {
  if (cfg.to.kind === "artifact") {
    throw new ConfigError(
      "to",
      "is `artifact`",
      "An artifact is staged whole on the runner's disk before upload, which a copy never does; copy into `s3://bucket/prefix` or a folder."
    );
  }
  if (sameStore(cfg.from, cfg.to)) {
    throw new ConfigError(
      "to",
      "is the same store as `from`",
      "Copy into another bucket, prefix, endpoint or folder: a copy in the same place is no second copy."
    );
  }
}
function sameStore(a, b) {
  if (a.kind === "local" && b.kind === "local") return a.root === b.root;
  if (a.kind === "s3" && b.kind === "s3")
    return a.bucket === b.bucket && a.prefix === b.prefix && (a.endpoint ?? "") === (b.endpoint ?? "");
  return false;
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
      const { S3Store } = await import("./s3-545KI3ZC.js");
      return new S3Store(spec, log, env);
    }
    case "artifact": {
      const { ArtifactStore } = await import("./artifact-5QOZ54BP.js");
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
    const { openResticStore } = await import("./store-JY6NMVD7.js");
    return resticPlace(await openResticStore(spec, log, env));
  }
  return archivePlace(await openStore(spec, log, env));
}

// src/core/verify.ts
function backupsNewerThan(list, ms, now) {
  return list.filter((b) => now.getTime() - b.parsed.time.getTime() <= ms);
}

// src/core/copy.ts
var MAX_MANIFEST_BYTES = 4 << 20;
var CopyError = class extends Error {
  constructor(result) {
    const bad = result.outcomes.filter((o) => o.status === "failed");
    super(
      `${bad.length} of ${result.outcomes.length} ${result.outcomes.length === 1 ? "backup" : "backups"} could not be copied: ${bad.map((o) => `${o.id}: ${o.problem}`).join("; ")}`
    );
    this.result = result;
  }
  result;
  name = "CopyError";
};
var CopyIntegrityError = class extends Error {
  name = "CopyIntegrityError";
};
function backupsToCopy(list, cfg, now) {
  if (cfg.backup !== void 0) return [pickBackup(list, cfg.backup)];
  const within = cfg.newerThanMs !== void 0 ? backupsNewerThan(list, cfg.newerThanMs, now) : list;
  return within.filter((b) => b.complete);
}
async function runCopy(cfg, deps) {
  const started = Date.now();
  const now = (deps.now ?? (() => /* @__PURE__ */ new Date()))();
  const todo = backupsToCopy(await deps.from.list(cfg.site, cfg.environment), cfg, now);
  const there = new Map((await deps.to.list(cfg.site, cfg.environment)).map((b) => [b.id, b]));
  return copyEach(cfg, todo, deps.log, started, (b) => copyBackup(b, there.get(b.id), deps));
}
async function copyEach(cfg, todo, log, started, copyOne) {
  log.info(
    `${todo.length} complete ${todo.length === 1 ? "backup" : "backups"} of ${cfg.site}/${cfg.environment} to copy from ${cfg.fromText} to ${cfg.toText}.`
  );
  const outcomes = [];
  for (const b of todo) {
    const t0 = Date.now();
    try {
      outcomes.push(await copyOne(b));
    } catch (e) {
      if (e instanceof ConfigError) throw renamed(e, "to");
      const problem = redact(e.message);
      log.error(`${b.id}: ${problem}`, `copy ${b.id}`);
      outcomes.push({ id: b.id, status: "failed", bytes: 0, objects: 0, durationMs: Date.now() - t0, problem });
    }
  }
  const count = (s) => outcomes.filter((o) => o.status === s).length;
  const result = {
    site: cfg.site,
    environment: cfg.environment,
    outcomes,
    copied: count("copied"),
    upToDate: count("up-to-date"),
    failed: count("failed"),
    bytes: outcomes.reduce((n, o) => n + o.bytes, 0),
    durationMs: Date.now() - started
  };
  if (result.failed) throw new CopyError(result);
  return result;
}
async function copyBackup(b, there, deps) {
  const started = Date.now();
  const { text, manifest } = await loadManifestText(deps.from, b);
  checkSource(b, manifest);
  if (there?.complete) {
    await sameAsSource(there, text, manifest, deps.to);
    deps.log.info(`${b.id}: already in ${deps.to.location(b)}, same manifest; skipped.`);
    return { id: b.id, status: "up-to-date", bytes: 0, objects: 0, durationMs: Date.now() - started };
  }
  if (there) await clearIncomplete(there, deps);
  const writer = await deps.to.createWriter(b);
  try {
    for (const c of manifest.components) await copyObject(b, c, writer, deps);
    await writer.commit(text);
  } catch (e) {
    await writer.abort().catch(
      (err) => deps.log.warn(
        `${b.id}: could not remove the unfinished copy (${redact(err.message)}); without a manifest it is incomplete, and the next copy or prune removes it.`
      )
    );
    throw e;
  }
  const bytes = manifest.components.reduce((n, c) => n + c.bytes, 0);
  const ms = Date.now() - started;
  deps.log.info(
    `${b.id}: copied ${manifest.components.length} objects, ${formatBytes(bytes)} in ${formatDuration(ms)} (${formatRate(bytes, ms)}), manifest last.`
  );
  return { id: b.id, status: "copied", bytes, objects: manifest.components.length, durationMs: ms };
}
function checkSource(b, m) {
  const objects = /* @__PURE__ */ new Set();
  for (const c of m.components) {
    if (objects.has(c.object)) throw new CopyIntegrityError(`the source manifest lists ${c.object} twice`);
    objects.add(c.object);
  }
  const damage = listingDamage(b, m.components);
  if (damage.length)
    throw new CopyIntegrityError(
      `in the source, ${damage.map((d) => `${d.object} ${d.problem}`).join("; ")}; nothing was copied (run verify on the source)`
    );
}
async function sameAsSource(there, text, m, to) {
  const theirs = await readSmallText(to, there, MANIFEST_NAME, MAX_MANIFEST_BYTES);
  if (theirs !== text) {
    throw new Error(
      `the destination already holds a backup with this id whose ${MANIFEST_NAME} differs from the source's; it was left as it is (a copy never replaces a backup): check both with verify`
    );
  }
  const damage = listingDamage(there, m.components);
  if (damage.length) {
    throw new Error(
      `the destination holds this backup, but ${damage.map((d) => `${d.object} ${d.problem}`).join("; ")}; it was left as it is: remove it there (or run verify) and copy again`
    );
  }
}
async function clearIncomplete(there, deps) {
  deps.log.info(`${there.id}: an unfinished copy is in the destination (no manifest); copying it again.`);
  const r = await deps.to.remove([there]);
  if (r.errors.length)
    throw new Error(`could not remove the unfinished copy at the destination (${r.errors[0].key}: ${r.errors[0].message})`);
}
async function copyObject(b, c, writer, deps) {
  let body;
  try {
    body = await deps.from.read(b, c.object);
  } catch (e) {
    if (e instanceof ObjectReadError) throw e;
    throw new Error(`${c.object}: cannot be read from the source: ${e.message}`, { cause: e });
  }
  const check = checkedAgainst(c);
  const stages = deps.limiter ? [body, deps.limiter.stream(), check] : [body, check];
  const out = pipeline2(stages, () => {
  });
  try {
    await writer.put(c.object, out, c.bytes);
  } catch (e) {
    out.destroy();
    throw e;
  }
}
function checkedAgainst(c) {
  const hash = createHash("sha256");
  let bytes = 0;
  return new Transform({
    transform(chunk, _enc, cb) {
      bytes += chunk.length;
      if (bytes > c.bytes)
        return cb(
          new CopyIntegrityError(
            `${c.object}: the source object is larger than the ${c.bytes} bytes its manifest says; the copy of this backup stopped`
          )
        );
      hash.update(chunk);
      cb(null, chunk);
    },
    flush(cb) {
      if (bytes !== c.bytes)
        return cb(
          new CopyIntegrityError(
            `${c.object}: read ${bytes} bytes from the source, its manifest says ${c.bytes}; the copy of this backup stopped`
          )
        );
      const sha = hash.digest("hex");
      if (sha !== c.sha256)
        return cb(
          new CopyIntegrityError(
            `${c.object}: sha256 of the source object is ${sha}, its manifest says ${c.sha256}; the copy of this backup stopped`
          )
        );
      cb();
    }
  });
}

export {
  INPUTS,
  envSource,
  parseCopyConfig,
  openStore,
  formatOf,
  openPlace,
  CopyError,
  CopyIntegrityError,
  backupsToCopy,
  runCopy,
  copyEach
};
