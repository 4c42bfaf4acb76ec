#!/usr/bin/env bash
# Measures what issue 7 asks for, on this machine, in one run:
#   1. wall time of one `generate` from a cold process, as a ratio to a "hello world" .NET process (medians);
#   2. bundles per second for an inventory of N rows (render, lint and write included) and its peak memory.
# Both programs are published the same way, as README's "Publishing and performance" section says: by default
# self-contained with the framework and the program compiled together (composite ReadyToRun); SCRIPTGEN_PUBLISH=framework
# publishes framework-dependent ReadyToRun builds instead.
# Usage: benchmarks/generate-throughput.sh [rows=1000] [cold-runs=21] [work-folder-parent=$TMPDIR or /tmp]
# The bundles are written under the third argument: give a tmpfs folder (/dev/shm) to take the file system out of the
# figure. On ext4 without a journal, creating files soon after many were deleted is slow (the kernel skips inodes
# freed in the last minutes), so leave a few minutes between runs or the second run measures the first one's clean-up.
set -euo pipefail
rows="${1:-1000}"
runs="${2:-21}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${3:-${TMPDIR:-/tmp}}/scriptgen-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
rid="linux-x64"
case "${SCRIPTGEN_PUBLISH:-composite}" in
  composite) publish_options=(--self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true) ;;
  framework) publish_options=(--self-contained false -p:PublishReadyToRun=true) ;;
  *) echo "SCRIPTGEN_PUBLISH must be composite or framework" >&2; exit 2 ;;
esac

echo "Publishing scriptgen and a hello-world app (${SCRIPTGEN_PUBLISH:-composite}, $rid) into $work ..." >&2
dotnet publish "$repo/src/ScriptGen.Cli" -c Release -r "$rid" "${publish_options[@]}" -o "$work/scriptgen" >/dev/null
mkdir -p "$work/hello-src"
cat > "$work/hello-src/hello.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><InvariantGlobalization>true</InvariantGlobalization></PropertyGroup>
</Project>
XML
echo 'System.Console.WriteLine("hello");' > "$work/hello-src/Program.cs"
dotnet publish "$work/hello-src" -c Release -r "$rid" "${publish_options[@]}" -o "$work/hello" >/dev/null

millis() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

: > "$work/hello.ms"; : > "$work/generate.ms"
for _ in $(seq 1 "$runs"); do
  millis "$work/hello/hello" >> "$work/hello.ms"
  rm -rf "$work/out"
  millis "$work/scriptgen/scriptgen" generate push-notification-proxy --tenant contoso.com --environment dev --output "$work/out" >> "$work/generate.ms"
done
hello_ms=$(median < "$work/hello.ms")
generate_ms=$(median < "$work/generate.ms")

echo "tenant,environment,changeId" > "$work/inventory.csv"
for i in $(seq 1 "$rows"); do echo "t$i.contoso.com,prod,CHG$i" >> "$work/inventory.csv"; done
rm -rf "$work/out"
/usr/bin/time -f "%e %M" -o "$work/batch.time" "$work/scriptgen/scriptgen" generate push-notification-proxy \
  --inventory "$work/inventory.csv" --output "$work/out" >/dev/null 2>"$work/batch.err" || true
read -r batch_seconds peak_kb < "$work/batch.time"
written=$(find "$work/out" -name manifest.json | wc -l)

echo "publish:                ${SCRIPTGEN_PUBLISH:-composite}"
echo "cores:                  $(nproc)"
echo "cold hello world:       ${hello_ms} ms (median of $runs)"
echo "cold generate (1 set):  ${generate_ms} ms (median of $runs)"
awk -v g="$generate_ms" -v h="$hello_ms" 'BEGIN {printf "ratio generate/hello:   %.2f\n", g / h}'
echo "batch of $rows rows:      ${batch_seconds} s, $written bundles written"
awk -v n="$written" -v s="$batch_seconds" 'BEGIN {printf "bundles per second:     %.0f\n", n / s}'
awk -v k="$peak_kb" 'BEGIN {printf "peak memory (RSS):      %.0f MiB\n", k / 1024}'
tail -1 "$work/batch.err" >&2
