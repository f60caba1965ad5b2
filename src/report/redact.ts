// Every secret the run learns is registered here as well as with core.setSecret, because the
// runner masks only its own log: status records, issue bodies and manifests need this too.

const secrets = new Set<string>();

export function addSecret(value: string | undefined): void {
  if (!value) return;
  const v = value.trim();
  // Very short values would redact ordinary words all over the log.
  if (v.length >= 4) secrets.add(v);
  for (const line of v.split(/\r?\n/)) if (line.trim().length >= 8) secrets.add(line.trim());
}

/** Passwords in URLs (`scheme://user:pass@host`) and registered secrets become `***`. */
export function redact(text: string): string {
  let out = text.replace(/([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:)[^\s@/]+@/gi, '$1***@');
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join('***');
  return out;
}

export function clearSecretsForTests(): void {
  secrets.clear();
}
