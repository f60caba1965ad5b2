// Generated from src/platforms/registry.ts by `npm run gen`; edit the platform modules, not this file.
export const PLATFORMS = ["siteglide","platformos","platformsh","upsun","divio","ssh","command","plantanapp"] as const;

/** The inputs the platforms own, as each platform module declares them. */
export const PLATFORM_INPUTS = {
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
    "description": "For `platform: command`: a bash command run after the data is extracted, with `$BACKUP_IN` set to its folder (for example `mysql acme < \"$BACKUP_IN/acme.sql\"`).",
    "actions": [
      "restore"
    ]
  }
} as const;

/** The platforms that read each platform input; inputs not listed apply to every platform. */
export const INPUT_READERS: Readonly<Record<string, readonly (typeof PLATFORMS)[number][]>> = {
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
