#!/usr/bin/env python3
"""Checks the ScriptGen column of benchmarks/pssa-compatibility.md against a fresh run.

For every row of the table (rule, PSScriptAnalyzer test file), lints the file with only that rule enabled and counts
the rule's findings, then prints each row with the recorded and the measured count. Exits 1 when a measured count
differs from the recorded one, so a rule change that moves a count is noticed. Needs a PSScriptAnalyzer checkout
(the table's header names the commit) and the .NET SDK:

    python3 benchmarks/pssa-compatibility.py /path/to/PSScriptAnalyzer
"""
import json
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "benchmarks/pssa-compatibility.md"
ROW = re.compile(r"^\| (PS\w+) \| `([^`]+)` \| (\d+) \| (\d+) \|")


def main() -> int:
    if len(sys.argv) != 2 or not (Path(sys.argv[1]) / "Tests/Rules").is_dir():
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    pssa = Path(sys.argv[1])
    rows = [m.groups() for line in TABLE.read_text(encoding="utf-8").splitlines() if (m := ROW.match(line))]
    subprocess.run(["dotnet", "build", str(ROOT / "src/ScriptGen.Cli"), "-c", "Release", "-v", "q", "-nologo"], check=True, stdout=subprocess.DEVNULL)
    cli = ROOT / "src/ScriptGen.Cli/bin/Release/net10.0/scriptgen.dll"

    files_by_rule = defaultdict(list)
    for rule, file, _, _ in rows:
        files_by_rule[rule].append(file)
    measured = {}
    with tempfile.TemporaryDirectory() as temp:
        for rule, files in files_by_rule.items():
            settings = Path(temp) / f"{rule}.psd1"
            settings.write_text(f"@{{ IncludeRules = @('{rule}'); Rules = @{{ {rule} = @{{ Enable = $true }} }} }}\n", encoding="utf-8")
            run = subprocess.run(["dotnet", str(cli), "lint", *[str(pssa / f) for f in files], "--settings", str(settings), "--format", "json", "--fail-on", "ParseError"],
                                 capture_output=True, text=True, check=False)
            for result in json.loads(run.stdout)["files"]:
                found = sum(1 for d in result["diagnostics"] if d["ruleName"] == rule)
                measured[(rule, Path(result["path"]).resolve())] = found

    differences = 0
    for rule, file, expected, recorded in rows:
        count = measured.get((rule, (pssa / file).resolve()))
        mark = "" if str(count) == recorded else "  <-- recorded " + recorded
        differences += bool(mark)
        print(f"{rule:48} {file:70} PSSA {expected:>3}  ScriptGen {count!s:>3}{mark}")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
