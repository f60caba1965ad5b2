import type { ManifestComponent } from './manifest.js';

// What a backup tells about each component: its manifest entry plus what only the run knows.
// Core builds it and the summaries render it, so it lives below both.

export interface ExportCounts {
  files: number;
  bytes: number;
  /** Records in a data export, when the platform counts them (JSON users/models/...). */
  records?: number;
}

export interface ComponentReport extends ManifestComponent {
  durationMs: number;
  /** What the platform exported, as checked after the export (records when the platform counts them). */
  exportCounts?: ExportCounts;
}
