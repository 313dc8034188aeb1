#!/usr/bin/env bash
# Regenerates docs/schema/*.schema.json (the JSON Schemas of the profile and the report) from the library's
# source-generated JSON contract. Run after changing a public model the profile or the report carries, review the diff
# and commit it; a test fails while the committed schemas differ from a fresh generation.
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(dotnet build eng/DataCompiler -c Release -v:q -nologo 2>&1) || { echo "$log" >&2; exit 1; }
dotnet eng/DataCompiler/bin/Release/net10.0/IceCareers.DataCompiler.dll --schemas docs/schema
