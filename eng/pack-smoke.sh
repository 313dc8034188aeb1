#!/usr/bin/env bash
# Packs IceCareers with the version MinVer computes, then proves the *package* works for a consumer:
# samples/IceCareers.PackageSmoke restores it from artifacts/packages into a private packages folder, runs under the JIT,
# is published with Native AOT (zero warnings) and the native binary runs. Then packs the icecareers dotnet tool
# (IceCareers.Cli: the top-level package, the Native AOT linux-x64 package and the framework-dependent "any" fallback),
# installs it from the same folder into a tool path and runs `icecareers roles` and `icecareers check`, both as the
# AOT tool and as the fallback. One line per step; the full log of a step is printed only when it fails. Exits non-zero
# on the first failure.
#
#   bash eng/pack-smoke.sh          (CI=true in CI makes the build deterministic; .ci/run sets it)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

packages="$root/artifacts/packages"
smoke="$root/artifacts/smoke"
logs="$smoke/logs"
app="samples/IceCareers.PackageSmoke"
native="$smoke/aot/IceCareers.PackageSmoke"

step=0
steps=11
run_step() { # run_step "description" log-name command...
  local what=$1 log="$logs/$2.log"
  shift 2
  step=$((step + 1))
  printf 'pack-smoke [%d/%d] %s ... ' "$step" "$steps" "$what"
  local start=$SECONDS
  if "$@" >"$log" 2>&1; then
    printf 'ok (%ds)\n' $((SECONDS - start))
  else
    local rc=$?
    printf 'FAILED (exit %d after %ds)\n' "$rc" $((SECONDS - start))
    echo "---- $log ----"
    cat "$log"
    echo "pack-smoke: FAILED at step $step: $what"
    exit 1
  fi
}

no_warnings() { # fails when the log of the previous step has a compiler, trimming, AOT or NuGet warning
  if grep -E ': warning [A-Z]+[0-9]+' "$logs/$1.log"; then
    echo "pack-smoke: FAILED: warnings in $1 (see above); the package and the AOT publish must be warning-free"
    exit 1
  fi
}

rm -rf "$packages" "$smoke" "$app/bin" "$app/obj"
mkdir -p "$packages" "$logs"

# 1. Native AOT needs clang and zlib; install them when missing (CI runs as root on Debian).
prereqs() {
  local missing=()
  command -v clang >/dev/null 2>&1 || missing+=(clang)
  dpkg -s zlib1g-dev >/dev/null 2>&1 || missing+=(zlib1g-dev)
  if [ ${#missing[@]} -eq 0 ]; then
    echo "clang and zlib1g-dev present: $(clang --version | head -n 1)"
    return 0
  fi
  echo "installing ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
  command -v clang
}
run_step "Native AOT prerequisites (clang, zlib1g-dev)" prereqs prereqs

# 2. Pack. The version is MinVer's (git tags v*; 0.1.0-alpha.0.N before the first tag).
run_step "dotnet pack src/IceCareers -c Release -o artifacts/packages" pack \
  dotnet pack src/IceCareers -c Release -o "$packages"
no_warnings pack
version=$(dotnet msbuild src/IceCareers -nologo -p:Configuration=Release -t:MinVer -getProperty:PackageVersion)
if [ -z "$version" ] || [ ! -f "$packages/IceCareers.$version.nupkg" ] || [ ! -f "$packages/IceCareers.$version.snupkg" ]; then
  echo "pack-smoke: FAILED: MinVer says version '$version', but artifacts/packages holds: $(ls "$packages")"
  exit 1
fi
echo "pack-smoke       packed IceCareers $version (.nupkg and .snupkg)"

# 3. Restore the package (only from the folder above, into artifacts/smoke/packages) and run the app under the JIT.
run_step "restore IceCareers $version from artifacts/packages into a private packages folder" restore \
  dotnet restore "$app" -p:PackageUnderTestVersion="$version"
no_warnings restore
run_step "run the smoke app under the JIT" run-jit \
  dotnet run --project "$app" -c Release --no-restore -p:PackageUnderTestVersion="$version"
no_warnings run-jit
grep -E '^(smoke ok|.*: (Eligible|Ineligible|Incomplete|NeedsReview) )' "$logs/run-jit.log" | sed 's/^/pack-smoke         /'

# 4. Native AOT publish with the whole IceCareers assembly rooted; warnings are errors, and any left is a failure too.
run_step "publish the smoke app with Native AOT" publish-aot \
  dotnet publish "$app" -c Release --no-restore -p:PackageUnderTestVersion="$version" -o "$smoke/aot"
no_warnings publish-aot

# 5. Run the native binary.
run_step "run the native binary ($(du -h "$native" | cut -f1))" run-aot "$native"
grep -E '^smoke ok' "$logs/run-aot.log" | sed 's/^/pack-smoke         /'

# 6. The icecareers tool: the top-level package (it names the RID-specific ones), the Native AOT package for this
#    machine's runtime and the framework-dependent fallback for every other platform.
cli=src/IceCareers.Cli
tools="$smoke/tools"
# Tool installs restore through NuGet's global packages folder; a private one (NUGET_PACKAGES below) means a re-pack of
# the same version is never served from a stale cache.
tool_cache="$smoke/tool-packages"
run_step "pack the icecareers tool (top-level, linux-x64 Native AOT, any)" pack-tool bash -c "
  dotnet pack $cli -c Release -o '$packages' &&
  dotnet pack $cli -c Release -r linux-x64 -o '$packages' &&
  dotnet pack $cli -c Release -r any -o '$packages'"
no_warnings pack-tool
for id in IceCareers.Cli IceCareers.Cli.linux-x64 IceCareers.Cli.any; do
  [ -f "$packages/$id.$version.nupkg" ] || { echo "pack-smoke: FAILED: $id.$version.nupkg was not made"; exit 1; }
done

# 7. Install it as a user would (dotnet tool install, from the local folder only) and run it. On linux-x64 the CLI picks
#    the Native AOT package (a native binary: no dotnet host, no JIT).
run_step "dotnet tool install IceCareers.Cli $version into a tool path" install-tool \
  env NUGET_PACKAGES="$tool_cache" dotnet tool install IceCareers.Cli --version "$version" --tool-path "$tools/aot" --add-source "$packages" \
    --ignore-failed-sources
target=$(readlink -f "$tools/aot/icecareers")
case "$target" in
  *icecareers.cli.linux-x64*) echo "pack-smoke         installed the Native AOT package: ${target#"$tools/aot/"}" ;;
  *) echo "pack-smoke: FAILED: expected the linux-x64 Native AOT package, got $target"; exit 1 ;;
esac
run_step "icecareers roles (Native AOT tool)" tool-roles "$tools/aot/icecareers" roles
# Not a terminal, so the tool writes for 80 columns: a "Role id:" block per role (a table row when wider).
grep -Eq '^(Role id: )?deportation-officer( |$)' "$logs/tool-roles.log" || { echo "pack-smoke: FAILED: no deportation-officer entry"; cat "$logs/tool-roles.log"; exit 1; }
run_step "icecareers check --all (Native AOT tool)" tool-check \
  "$tools/aot/icecareers" check --profile samples/profiles/new-graduate.yaml --all --as-of 2026-01-15
grep -A1 -E '^(Role id: )?deportation-officer( |$)' "$logs/tool-check.log" | sed 's/^/pack-smoke         /'

# 8. The framework-dependent fallback, installed directly (what other platforms get).
run_step "install and run the framework-dependent fallback (IceCareers.Cli.any)" tool-any bash -c "
  NUGET_PACKAGES='$tool_cache' dotnet tool install IceCareers.Cli.any --version '$version' --tool-path '$tools/any' --add-source '$packages' \
    --ignore-failed-sources &&
  '$tools/any/icecareers' check --profile samples/profiles/new-graduate.yaml --role deportation-officer --as-of 2026-01-15"
grep -E '^Deportation Officer' "$logs/tool-any.log" | sed 's/^/pack-smoke         /'

echo "pack-smoke: all $steps steps passed for IceCareers $version"
