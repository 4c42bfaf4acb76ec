#!/usr/bin/env bash
# What one cold `scriptgen generate` spends its start-up on: the methods the JIT compiles because ReadyToRun left them
# out, grouped by the ScriptGen frame that called them, and the types the runtime loads. Records an EventPipe trace
# (JIT and type-load events, with stacks) and reads it with benchmarks/ScriptGen.StartupTrace.
# Usage: benchmarks/startup-trace.sh [published-scriptgen-folder] [--stacks]
# Without a folder it publishes the composite build README recommends into a temporary folder first.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/scriptgen-trace.XXXXXX")"
trap 'rm -rf "$work"' EXIT
build="${1:-}"
stacks=""
if [[ "$build" == "--stacks" ]]; then build=""; stacks="--stacks"; fi
if [[ "${2:-}" == "--stacks" ]]; then stacks="--stacks"; fi
if [[ -z "$build" ]]; then
  echo "Publishing scriptgen (composite ReadyToRun, linux-x64) into $work ..." >&2
  dotnet publish "$repo/src/ScriptGen.Cli" -c Release -r linux-x64 --self-contained true -p:PublishReadyToRun=true \
    -p:PublishReadyToRunComposite=true -o "$work/scriptgen" >/dev/null
  build="$work/scriptgen"
fi
# Keywords: 0x10 JIT, 0x8000000000 type diagnostics (TypeLoadStart/Stop). Level 5: verbose, with stacks.
DOTNET_EnableEventPipe=1 DOTNET_EventPipeOutputPath="$work/startup.nettrace" \
  DOTNET_EventPipeConfig='Microsoft-Windows-DotNETRuntime:0x8000000010:5' \
  "$build/scriptgen" generate push-notification-proxy --tenant contoso.com --environment dev --output "$work/out" >/dev/null 2>&1
dotnet run --project "$repo/benchmarks/ScriptGen.StartupTrace" -c Release -- "$work/startup.nettrace" $stacks
