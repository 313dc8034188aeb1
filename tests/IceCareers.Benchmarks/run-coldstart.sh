#!/usr/bin/env bash
# Cold start: time whole process launches from process start to the first evaluation, with hyperfine.
# Each program is timed doing nothing ("empty") and doing one cold catalog load + first Evaluate ("cold"/"coldstart");
# the difference is what IceCareers costs at start-up.
#   - JIT:  tests/IceCareers.Benchmarks (project reference, Release), via its apphost
#   - R2R:  the same app published with PublishReadyToRun
#   - JIT:  samples/IceCareers.PackageSmoke built from the package (needs eng/pack-smoke.sh first)
#   - AOT:  the Native AOT smoke binary from eng/pack-smoke.sh
#   - the icecareers tool (Native AOT and framework-dependent) as eng/pack-smoke.sh installs it
# Results: artifacts/bench/coldstart.{md,json}. Needs hyperfine (apt-get install hyperfine).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${RUNS:-40}
out=artifacts/bench
mkdir -p "$out"

command -v hyperfine >/dev/null || { echo "hyperfine is missing: apt-get install -y hyperfine" >&2; exit 1; }

dotnet build tests/IceCareers.Benchmarks -c Release -v:q -nologo >/dev/null
bench=tests/IceCareers.Benchmarks/bin/Release/net10.0/IceCareers.Benchmarks
"$bench" coldstart --phases

commands=("$bench empty" "$bench coldstart")
names=("JIT empty (benchmarks app)" "JIT cold load + first Evaluate (benchmarks app)")

# The same app published ReadyToRun (IceCareers, YamlDotNet and the app precompiled): what a consumer gets with PublishReadyToRun.
r2r=$out/r2r/IceCareers.Benchmarks
dotnet publish tests/IceCareers.Benchmarks -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/r2r" -v:q -nologo >/dev/null
"$r2r" coldstart --phases
commands+=("$r2r empty" "$r2r coldstart")
names+=("ReadyToRun empty (benchmarks app)" "ReadyToRun cold load + first Evaluate (benchmarks app)")

smoke_jit=samples/IceCareers.PackageSmoke/bin/Release/net10.0/linux-x64/IceCareers.PackageSmoke.dll
smoke_aot=artifacts/smoke/aot/IceCareers.PackageSmoke
if [ -f "$smoke_jit" ] && [ -x "$smoke_aot" ]; then
  "$smoke_aot" cold --phases
  commands+=("dotnet $smoke_jit empty" "dotnet $smoke_jit cold" "$smoke_aot empty" "$smoke_aot cold")
  names+=("JIT empty (smoke app, package)" "JIT cold load + first Evaluate (smoke app, package)" "AOT empty (smoke app)" "AOT cold load + first Evaluate (smoke app)")
else
  echo "no smoke binaries: run eng/pack-smoke.sh first to include the package and Native AOT measurements" >&2
fi

# The icecareers dotnet tool as installed by eng/pack-smoke.sh: the Native AOT package and the framework-dependent one.
tool_aot=artifacts/smoke/tools/aot/icecareers
tool_any=artifacts/smoke/tools/any/icecareers
check_args="check --profile samples/profiles/new-graduate.yaml --role deportation-officer --as-of 2026-01-15"
if [ -x "$tool_aot" ] && [ -x "$tool_any" ]; then
  commands+=("$tool_aot $check_args" "$tool_aot ${check_args/--role deportation-officer/--all}" "$tool_any $check_args")
  names+=("icecareers check, one role (AOT tool)" "icecareers check --all (AOT tool)" "icecareers check, one role (framework-dependent tool)")
else
  echo "no installed tool: run eng/pack-smoke.sh first to include the icecareers tool" >&2
fi

args=(-N --warmup 5 --runs "$runs" --export-markdown "$out/coldstart.md" --export-json "$out/coldstart.json")
for i in "${!commands[@]}"; do
  args+=(-n "${names[$i]}" "${commands[$i]}")
done
hyperfine "${args[@]}"
