"""Sums the counters of every TRX file under a folder and prints 'N passed, N failed[, N skipped]'."""
import glob
import sys
import xml.etree.ElementTree as ET

NS = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"
passed = failed = skipped = 0
files = glob.glob(f"{sys.argv[1]}/**/*.trx", recursive=True)
for path in files:
    counters = ET.parse(path).getroot().find(f"{NS}ResultSummary/{NS}Counters")
    if counters is None:
        continue
    get = lambda name: int(counters.get(name, "0"))
    passed += get("passed")
    failed += get("failed") + get("error") + get("timeout") + get("aborted")
    skipped += get("notExecuted")
if not files:
    failed += 1
    print("ci: no test results were found", file=sys.stderr)
line = f"{passed} passed, {failed} failed"
if skipped:
    line += f", {skipped} skipped"
print(line)
