import { ConfigError } from '../model/errors.js';
import { definePlatform } from './define.js';

// Hosted Plant an App has no public backup API or CLI (its MEO tool only pushes instance
// structure to Git and is experimental; "Automated Backups" is a plan feature run by the vendor).
// Rather than pretend, `platform: plantanapp` stops at once and says what does work: a
// self-hosted install is DNN on Windows/IIS plus a SQL Server database, which `ssh` or `command`
// back up like any other server.

export const PLANTANAPP_UNSUPPORTED =
  'hosted Plant an App has no public backup API or CLI, so it cannot be backed up from here (its own "Automated Backups" run on the vendor\'s side; ask Plant an App support for a copy)';

export const PLANTANAPP_FIX =
  'For a self-hosted Plant an App (DNN files plus a SQL Server database), use `platform: ssh` or `platform: command`: ' +
  'for example `assets-command` copying the DNN Portals folder into "$BACKUP_OUT" and `data-command` running `sqlcmd -Q "BACKUP DATABASE [dnn] TO DISK=\'…\'"` (see docs/platform-setup.md, "Plant an App").';

export const plantanappPlatform = definePlatform<never>({
  name: 'plantanapp',
  summary:
    'Hosted Plant an App has no backup API or CLI: the run stops at once and says what does work (`ssh` or `command` for a self-hosted install).',
  check() {
    throw new ConfigError('platform', PLANTANAPP_UNSUPPORTED, PLANTANAPP_FIX);
  },
  open: () => Promise.reject(new Error('unreachable: check() refuses every run')),
  components: {},
});
