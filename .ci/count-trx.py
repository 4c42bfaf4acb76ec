"""Sums the counters of every TRX file under a folder and prints 'N passed, N failed[, N skipped]'."""
import glob
import sys
import xml.etree.ElementTree as ET

NS = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"
passed = failed = skipped = 0
files = glob.glob(f"{sys.argv[1]}/**/*.trx", recursive=True)
for path in files:
    summary = ET.parse(path).getroot().find(f"{NS}ResultSummary")
    counters = None if summary is None else summary.find(f"{NS}Counters")
    if counters is None:
        failed += 1
        print(f"ci: {path} has no result summary", file=sys.stderr)
        continue
    get = lambda name: int(counters.get(name, "0"))
    passed += get("passed")
    counted_failures = get("failed") + get("error") + get("timeout") + get("aborted")
    failed += counted_failures
    skipped += get("notExecuted")
    # A test host that crashes (a stack overflow, say) leaves a failed run whose counters show no failed test:
    # count the crash itself as a failure, or the closing line would hide it.
    if summary.get("outcome") not in ("Completed", "Passed", "Warning") and counted_failures == 0:
        failed += 1
        print(f"ci: {path}: the test run ended '{summary.get('outcome')}' (the test host crashed?)", file=sys.stderr)
if not files:
    failed += 1
    print("ci: no test results were found", file=sys.stderr)
line = f"{passed} passed, {failed} failed"
if skipped:
    line += f", {skipped} skipped"
print(line)
