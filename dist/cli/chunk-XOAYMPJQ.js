import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  DEFAULT_ON_DEMAND_POLICY,
  DEFAULT_SCHEDULED_POLICY
} from "./chunk-4PEM3UII.js";

// src/commands/report-flags.ts
var DEFAULT_REPORT_DIR = "site-backup-report";
var DEFAULT_REPORT_MAX_AGE = "26h";
var REPORT_FLAGS = {
  store: {
    description: "One or more stores, comma-separated, to report every site in; without it, the sites of the sites file are reported.",
    value: true
  },
  out: { description: `Folder to write index.html, report.json and summary.md into (default: ${DEFAULT_REPORT_DIR}).`, value: true },
  title: { description: "Title of the page (default: Site backups).", value: true },
  "page-url": { description: "Where the page is published, linked from the Markdown summary.", value: true },
  "max-age": {
    description: `How old the newest complete backup may be before the site shows as stale, for sites that set no max-age (default: ${DEFAULT_REPORT_MAX_AGE}); amber from three quarters of it.`,
    value: true
  },
  retention: {
    description: `Retention of scheduled backups, for sites that set none (default: ${DEFAULT_SCHEDULED_POLICY}).`,
    value: true
  },
  "retention-on-demand": {
    description: `Retention of manual and pre-merge backups, for sites that set none (default: ${DEFAULT_ON_DEMAND_POLICY}).`,
    value: true
  },
  "retention-timezone": { description: "IANA time zone of the retention periods, for sites that set none (default: UTC).", value: true },
  "s3-endpoint": { description: "Endpoint URL of an S3-compatible store named in --store.", value: true },
  "s3-region": { description: "S3 region of the stores named in --store.", value: true },
  "s3-force-path-style": { description: "Path-style S3 URLs for the stores named in --store." }
};

export {
  DEFAULT_REPORT_DIR,
  DEFAULT_REPORT_MAX_AGE,
  REPORT_FLAGS
};
