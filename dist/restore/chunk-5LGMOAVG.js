import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);

// src/config/platforms.generated.ts
var PLATFORMS = ["siteglide", "platformos", "platformsh", "upsun", "divio", "ssh", "command", "plantanapp"];
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
var INPUT_READERS = {
  "cli-version": [
    "siteglide",
    "platformos",
    "platformsh",
    "upsun",
    "divio"
  ],
  "cli-install-command": [
    "siteglide",
    "platformos",
    "platformsh",
    "upsun",
    "divio"
  ],
  "retries": [
    "siteglide",
    "platformos",
    "platformsh",
    "upsun",
    "divio"
  ],
  "platformos-modules": [
    "platformos"
  ],
  "platformos-data-format": [
    "platformos"
  ],
  "platformos-data-clean": [
    "platformos"
  ],
  "platformsh-app": [
    "platformsh",
    "upsun"
  ],
  "platformsh-relationships": [
    "platformsh",
    "upsun"
  ],
  "platformsh-backup": [
    "platformsh",
    "upsun"
  ],
  "platformsh-restore-from": [
    "platformsh",
    "upsun"
  ],
  "project": [
    "platformsh",
    "upsun",
    "divio"
  ],
  "divio-zone": [
    "divio"
  ],
  "divio-prefix": [
    "divio"
  ],
  "ssh-host": [
    "ssh"
  ],
  "ssh-user": [
    "ssh"
  ],
  "ssh-port": [
    "ssh"
  ],
  "ssh-key": [
    "ssh"
  ],
  "ssh-known-hosts": [
    "ssh"
  ],
  "ssh-accept-new-host-key": [
    "ssh"
  ],
  "site-root": [
    "ssh"
  ],
  "files-path": [
    "ssh"
  ],
  "code-exclude": [
    "ssh"
  ],
  "db-type": [
    "ssh"
  ],
  "db-name": [
    "ssh"
  ],
  "db-user": [
    "ssh"
  ],
  "db-host": [
    "ssh"
  ],
  "db-port": [
    "ssh"
  ],
  "drush": [
    "ssh"
  ],
  "drupal-uri": [
    "ssh"
  ],
  "code-command": [
    "command"
  ],
  "assets-command": [
    "command"
  ],
  "data-command": [
    "command"
  ],
  "code-restore-command": [
    "command"
  ],
  "assets-restore-command": [
    "command"
  ],
  "data-restore-command": [
    "command"
  ],
  "restore-dir": [
    "command"
  ]
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

export {
  PLATFORMS,
  INPUT_READERS,
  INPUTS,
  inputOrDefault,
  envSource
};
