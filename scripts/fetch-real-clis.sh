#!/usr/bin/env bash
# Lays out the released platform CLIs that the tests drive, as ../shared/real-clis does on the
# development machines, from the public registries: for a GitHub runner or any machine that has no
# shared/ folder beside the clone. Pinned to the versions the action installs.
#
#   bash scripts/fetch-real-clis.sh [DEST]     (default: ../shared/real-clis)
set -euo pipefail
dest=${1:-"$(dirname "$0")/../../shared/real-clis"}
mkdir -p "$dest"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

npm_cli() { # name version folder
  local name=$1 version=$2 folder=$3
  [ -d "$dest/$folder" ] && return 0
  (cd "$work" && npm pack --silent "$name@$version" >/dev/null)
  mkdir -p "$dest/$folder"
  tar -xzf "$work"/*.tgz -C "$dest/$folder" --strip-components=1
  rm -f "$work"/*.tgz
}

npm_cli @platformos/pos-cli 6.4.0 pos-cli-6.4.0
npm_cli @siteglide/siteglide-cli 1.10.3 siteglide-cli-1.10.3

if [ ! -d "$dest/divio-cli-4.0.5" ]; then
  python3 -m pip download --quiet --no-deps --no-binary :all: --dest "$work" divio-cli==4.0.5
  mkdir -p "$dest/divio-cli-4.0.5"
  tar -xzf "$work"/divio*cli-4.0.5.tar.gz -C "$dest/divio-cli-4.0.5" --strip-components=1
fi
echo "real CLIs in $dest: $(ls "$dest" | tr '\n' ' ')"
