#!/usr/bin/env bash
# Lists the PowerShell scripts under a folder that the engine rejects with a parse error.
#
#   benchmarks/corpus-check.sh <folder> [--driver] [--roundtrip]
#
# By default it runs `scriptgen lint <folder> --syntax-only --fail-on ParseError` (every .ps1, .psm1 and .psd1 file)
# and prints each parse error as `path(line,col): ParseError Id: message`, then the files with errors and a count.
# --driver uses benchmarks/ScriptGen.CorpusCheck, which calls the parser directly; --roundtrip (driver only) also
# checks that every tree prints back to its file's text byte for byte.
# Exit code: 0 when no file has a parse error, 1 when some have, 2 for bad usage.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
folder=""
use_driver=0
roundtrip=""
for arg in "$@"; do
  case "$arg" in
    --driver) use_driver=1 ;;
    --roundtrip) roundtrip="--roundtrip"; use_driver=1 ;;
    -*) echo "corpus-check: unknown option $arg" >&2; exit 2 ;;
    *) folder="$arg" ;;
  esac
done

if [[ -z "$folder" || ! -d "$folder" ]]; then
  echo "usage: benchmarks/corpus-check.sh <folder> [--driver] [--roundtrip]" >&2
  exit 2
fi

report="$(mktemp)"
trap 'rm -f "$report"' EXIT

status=0
if [[ $use_driver -eq 1 ]]; then
  dotnet build "$repo/benchmarks/ScriptGen.CorpusCheck" -c Release --nologo -v quiet >/dev/null
  dotnet "$repo/benchmarks/ScriptGen.CorpusCheck/bin/Release/net10.0/ScriptGen.CorpusCheck.dll" "$folder" $roundtrip >"$report" || status=$?
else
  dotnet build "$repo/src/ScriptGen.Cli" -c Release --nologo -v quiet >/dev/null
  dotnet "$repo/src/ScriptGen.Cli/bin/Release/net10.0/scriptgen.dll" lint "$folder" --syntax-only --fail-on ParseError --format text >"$report" || status=$?
fi

if [[ $status -gt 1 ]]; then
  cat "$report"
  echo "corpus-check: the checker failed (exit $status)" >&2
  exit 2
fi

cat "$report"
# A line is `path(line,col): ...`; the path is everything before the last '(' that precedes the position.
files="$(sed -n -E 's/^(.*)\([0-9]+,[0-9]+\): .*/\1/p' "$report" | sort -u)"
count=0
if [[ -n "$files" ]]; then
  count="$(printf '%s\n' "$files" | wc -l | tr -d ' ')"
  echo
  echo "Files with parse errors:"
  printf '%s\n' "$files" | sed 's/^/  /'
fi
echo "$count file(s) with parse errors under $folder"
exit "$status"
