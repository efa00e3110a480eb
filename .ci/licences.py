#!/usr/bin/env python3
"""Refuses a dependency of the khien binary whose licence is not on the allow-list.

Nothing GPL/AGPL or non-commercial may go into the binary. Each package's SPDX expression must
be satisfiable with allowed licences (an OR needs one allowed branch, an AND needs all).
"""
import json
import re
import subprocess
import sys

ALLOWED = {
    "MIT", "Apache-2.0", "Apache-2.0 WITH LLVM-exception", "BSD-2-Clause", "BSD-3-Clause",
    "ISC", "Zlib", "Unicode-3.0", "Unicode-DFS-2016", "CC0-1.0", "MPL-2.0", "BSL-1.0",
    "0BSD", "Unlicense", "CDLA-Permissive-2.0",
}


def ok(expr: str) -> bool:
    expr = expr.replace("/", " OR ").strip()
    # Split on OR at the top level, then AND; parentheses are rare: strip them.
    expr = expr.replace("(", "").replace(")", "")
    for branch in re.split(r"\s+OR\s+", expr):
        parts = [p.strip() for p in re.split(r"\s+AND\s+", branch)]
        if all(p in ALLOWED for p in parts):
            return True
    return False


def main() -> int:
    meta = json.loads(subprocess.check_output(
        ["cargo", "metadata", "--format-version", "1", "--locked",
         "--filter-platform", "x86_64-unknown-linux-gnu"]))
    by_id = {p["id"]: p for p in meta["packages"]}
    nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}
    root = next(p["id"] for p in meta["packages"] if p["name"] == "khien")
    # Walk normal (non-dev, non-build) dependencies from the binary.
    seen, todo = set(), [root]
    while todo:
        pid = todo.pop()
        if pid in seen:
            continue
        seen.add(pid)
        for dep in nodes[pid]["deps"]:
            if any(k["kind"] in (None, "normal") for k in dep["dep_kinds"]):
                todo.append(dep["pkg"])
    bad = []
    for pid in sorted(seen):
        p = by_id[pid]
        if p["source"] is None:
            continue  # our own crates
        lic = p.get("license") or ""
        if not ok(lic):
            bad.append(f"{p['name']} {p['version']}: {lic or 'no licence field'}")
    print(f"{len(seen)} packages in the binary checked")
    if bad:
        print("not allowed:\n  " + "\n  ".join(bad), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
