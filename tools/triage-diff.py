#!/usr/bin/env python3
"""Figures per split from a triage dump (TAI_TRIAGE_DUMP=path dotnet test ... --filter TriageCorpusDump), and, given
a second dump, every ticket whose priority, category, route or pages changed, marked + (now right) or - (now wrong).

usage: tools/triage-diff.py AFTER.jsonl [BEFORE.jsonl]
"""
import json
import sys
from collections import defaultdict


def load(path):
    return {t["id"]: t for t in map(json.loads, open(path, encoding="utf-8"))}


def right(t, field):
    return t["got"][field] == t["want"][field]


def figures(dump):
    by = defaultdict(list)
    for t in dump.values():
        by[t["split"]].append(t)
    print(f"{'split':10} {'n':>4} {'prio':>6} {'cat':>6} {'route':>6} {'all3':>6} {'false':>6} {'missed':>6}")
    for split, ts in sorted(by.items()):
        n = len(ts)
        pct = lambda k: 100.0 * sum(1 for t in ts if k(t)) / n
        print(f"{split:10} {n:4} {pct(lambda t: right(t, 'priority')):6.1f} {pct(lambda t: right(t, 'category')):6.1f} "
              f"{pct(lambda t: right(t, 'route')):6.1f} {pct(lambda t: all(right(t, f) for f in ('priority', 'category', 'route'))):6.1f} "
              f"{pct(lambda t: set(t['got']['pages']) - set(t['want']['pages'])):6.1f} {pct(lambda t: set(t['want']['pages']) - set(t['got']['pages'])):6.1f}")


def show(t):
    g, w = t["got"], t["want"]
    return f"{g['priority']}/{g['category']}/{g['route']}/{','.join(g['pages'])} (want {w['priority']}/{w['category']}/{w['route']}/{','.join(w['pages'])})"


after = load(sys.argv[1])
figures(after)
if len(sys.argv) > 2:
    before = load(sys.argv[2])
    for i, t in after.items():
        b = before.get(i)
        if b and b["got"] != t["got"]:
            score = lambda x: sum(right(x, f) for f in ("priority", "category", "route")) - len(set(x["got"]["pages"]) ^ set(x["want"]["pages"]))
            mark = "+" if score(t) > score(b) else "-" if score(t) < score(b) else "~"
            print(f"{mark} {i:8} {t['split']:8} {show(b)}  ->  {show(t)}  :: {t['subject'][:60]}")
