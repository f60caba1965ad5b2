#!/usr/bin/env bash
# format restic vs format archive on the same ~1 GB site, through the CLI (dist/cli):
#   1. a first backup;
#   2. a re-run over the untouched tree (the export keeps mtimes: cp -a);
#   3. a re-run over a fresh export of the same content (new mtimes: cp -r).
# Prints wall time and bytes added to the store for each. Usage:
#   npm run build && bench/restic-rerun.sh /some/scratch/folder [size-in-MiB]
set -euo pipefail
work=${1:?usage: bench/restic-rerun.sh <scratch folder> [MiB]}
mib=${2:-1024}
cli="$(cd "$(dirname "$0")/.." && pwd)/dist/cli/index.js"
mkdir -p "$work"
src="$work/site"
if [ ! -d "$src" ]; then
  mkdir -p "$src/code" "$src/assets" "$src/data"
  # Media: incompressible, 6 MiB a file; the dump: compressible text; code: many small files.
  n=$(( mib * 90 / 100 / 6 ))
  for i in $(seq "$n"); do head -c $((6 << 20)) /dev/urandom > "$src/assets/media-$i.bin"; done
  for i in $(seq 500); do printf '<?php\n// file %s\nfunction f%s() { return %s; }\n' "$i" "$i" "$i" > "$src/code/f$i.php"; done
  { yes "INSERT INTO orders (id, customer, total) VALUES (1, 'customer name', 123.45);" || true; } | head -c $(( mib * 10 / 100 << 20 )) > "$src/data/shop.sql"
fi
export RESTIC_PASSWORD=bench-password
run() { # format label copy-flags
  local store="$work/store-$1" t0 t1 before after
  before=$(du -sb "$store" 2>/dev/null | cut -f1 || echo 0)
  t0=$(date +%s.%N)
  node "$cli" backup --platform command --site bench --store "$store" --format "$1" --trigger manual \
    --code-command "cp $3 '$src/code/.' \"\$BACKUP_OUT/\"" \
    --assets-command "cp $3 '$src/assets/.' \"\$BACKUP_OUT/\"" \
    --data-command "cp $3 '$src/data/.' \"\$BACKUP_OUT/\"" > /dev/null 2> "$work/log-$1-$2"
  t1=$(date +%s.%N)
  after=$(du -sb "$store" | cut -f1)
  printf '%-8s %-22s %6.2f s  +%s bytes\n' "$1" "$2" "$(echo "$t1 - $t0" | bc)" "$((after - before))"
}
echo "site: $(du -sh "$src" | cut -f1) in $(find "$src" -type f | wc -l) files"
for f in archive restic; do
  run "$f" first -a
  run "$f" untouched-rerun -a
  run "$f" fresh-export-rerun -r
done
