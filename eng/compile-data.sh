#!/usr/bin/env bash
# Compiles the YAML in data/ (the source of truth, shipped in the package under data/) into src/IceCareers/Compiled/catalog.bin, the form
# CareerCatalog.Default reads at start-up (it reads nothing else). Run after changing anything in data/ and commit the
# result; a test fails while the committed file differs from a fresh compilation of the YAML.
#   bash eng/compile-data.sh           rewrite the compiled file
#   bash eng/compile-data.sh --check   exit 1 if it is stale
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(dotnet build eng/DataCompiler -c Release -v:q -nologo 2>&1) || { echo "$log" >&2; exit 1; }
dotnet eng/DataCompiler/bin/Release/net10.0/IceCareers.DataCompiler.dll src/IceCareers/Compiled/catalog.bin "$@"
