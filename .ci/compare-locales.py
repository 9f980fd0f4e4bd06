#!/usr/bin/env python3
"""Runs Mozilla's compare-locales over locales/ and fails unless every locale has zero
errors, warnings, missing and obsolete messages. Prints one line per locale."""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

root = Path(__file__).resolve().parent.parent
with tempfile.TemporaryDirectory() as tmp:
    out = Path(tmp) / "report.json"
    run = subprocess.run(
        [sys.executable, "-c", "import sys; from compare_locales.commands import CompareLocales; sys.exit(CompareLocales.call())",
         "--json", str(out),
         str(root / "locales" / "l10n.toml"), str(root / "locales")],
        capture_output=True, text=True)
    if not out.exists():
        print(run.stdout, run.stderr, sep="\n")
        sys.exit("compare-locales did not produce a report")
    report = json.loads(out.read_text())[0]

failed = False
for locale, counts in sorted(report["summary"].items()):
    bad = {k: counts.get(k, 0) for k in ("errors", "missing", "obsolete", "warnings")}
    print(f"{locale}: errors {bad['errors']}, missing {bad['missing']}, obsolete {bad['obsolete']}, "
          f"warnings {bad['warnings']}, changed {counts.get('changed', 0)}")
    if any(bad.values()):
        failed = True
if report.get("details"):
    print(json.dumps(report["details"], indent=2, ensure_ascii=False))
print(f"compare-locales: {len(report['summary'])} locales checked, {'FAILED' if failed else 'ok'}")
sys.exit(1 if failed else 0)
