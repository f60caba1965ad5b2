// Kept equal to package.json's version by a test; a literal keeps the bundles free of JSON imports.
export const TOOL = { name: 'site-backup-action', version: '1.0.0' } as const;
