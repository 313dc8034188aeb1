#!/usr/bin/env bash
# Brings src/IceCareers/PublicAPI.Unshipped.txt in line with the code: adds what the build reports as undeclared
# (RS0016) and removes what it reports as gone (RS0017). Run after a deliberate public API change; review the diff.
set -euo pipefail
cd "$(dirname "$0")/.."
api=src/IceCareers/PublicAPI.Unshipped.txt
for _ in 1 2 3 4; do
  out=$(dotnet build src/IceCareers/IceCareers.csproj --no-incremental 2>&1 || true)
  added=$(grep -oE "RS0016: Symbol '[^']+'" <<<"$out" | sed -E "s/^RS0016: Symbol '(.*)'$/\1/" | sort -u || true)
  removed=$(grep -oE "RS0017: Symbol '[^']+'" <<<"$out" | sed -E "s/^RS0017: Symbol '(.*)'$/\1/" | sort -u || true)
  [ -z "$added$removed" ] && break
  { tail -n +2 "$api"; [ -n "$added" ] && printf '%s\n' "$added"; true; } | grep -v '^$' | LC_ALL=C sort -u > "$api.tmp"
  if [ -n "$removed" ]; then grep -vxFf <(printf '%s\n' "$removed") "$api.tmp" > "$api.tmp2" || true; mv "$api.tmp2" "$api.tmp"; fi
  { echo '#nullable enable'; cat "$api.tmp"; } > "$api"
  rm -f "$api.tmp"
done
grep -E "error|warning" <<<"$out" | grep -vE "RS0016|RS0017" | sort -u || echo "public API is up to date"
