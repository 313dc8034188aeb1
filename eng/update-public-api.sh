#!/usr/bin/env bash
# Records every public symbol the build reports as undeclared (RS0016) in PublicAPI.Unshipped.txt.
# Run after a deliberate public API change; review the diff before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
api=src/IceCareers/PublicAPI.Unshipped.txt
for _ in 1 2 3; do
  out=$(dotnet build src/IceCareers/IceCareers.csproj --no-incremental 2>&1 || true)
  new=$(grep -oE "RS0016: Symbol '[^']+'" <<<"$out" | sed -E "s/^RS0016: Symbol '(.*)'$/\1/" | sort -u || true)
  [ -z "$new" ] && break
  { tail -n +2 "$api"; printf '%s\n' "$new"; } | grep -v '^$' | LC_ALL=C sort -u > "$api.tmp"
  { echo '#nullable enable'; cat "$api.tmp"; } > "$api"
  rm "$api.tmp"
done
grep -E "error|warning" <<<"$out" | grep -v RS0016 | sort -u || echo "public API is up to date"
