#!/usr/bin/env bash
# Regenerates src/IceCareers/Profiles/ProfileContract.g.cs (the shapes the profile readers bind documents through) from
# the model and the library's source-generated JSON contract. Run after changing a model the profile document carries
# (a key added, renamed or removed), review the diff and commit it; a test fails while the committed file differs from a
# fresh generation.
set -euo pipefail
cd "$(dirname "$0")/.."
contract=src/IceCareers/Profiles/ProfileContract.g.cs
build() { dotnet build eng/DataCompiler -c Release -v:q -nologo 2>&1; }
if ! log=$(build); then
  # The generator is part of the library, which compiles the committed contract: a property renamed or removed breaks
  # that file before the generator can rewrite it. Generate from a placeholder then (any other error is shown).
  if ! grep -q "ProfileContract" <<<"$log"; then
    echo "$log" >&2
    exit 1
  fi

  echo "$contract no longer compiles against the model; regenerating it from a placeholder" >&2
  cat > "$contract" <<'PLACEHOLDER'
// placeholder written by eng/update-profile-contract.sh while it regenerates this file; never committed
namespace IceCareers.Profiles;

internal static partial class ProfileContract
{
    public static readonly ProfileShape CandidateProfile = new([], _ => new Candidates.CandidateProfile());
}
PLACEHOLDER
  log=$(build) || { echo "$log" >&2; exit 1; }
fi

dotnet eng/DataCompiler/bin/Release/net10.0/IceCareers.DataCompiler.dll --profile-contract "$contract"
