#!/usr/bin/env python3
"""Merges benchmark figures into docs/benchmarks.json. Hand-written; Python standard library only.

Reads one JSON object per line on standard input, each with "name", "value" and "unit", and optionally "anchor"
(what the figure was compared with, measured in the same run) and "anchorValue". Adds "ratio" (value /
anchorValue, or null without an anchor), "date" and "machine", then stores it, with "spread" and "anchorSpread"
(the runs of a figure measured several times: {"runs", "min", "max", "values"}, value being their median) and
"notes" when the entry has them: an entry with the same name is
replaced in place, other entries are kept, new names are appended.

    printf '%s\\n' '{"name":"baseline.x.seconds","value":1.5,"unit":"s"}' | python3 bench/record-benchmarks.py
"""
import argparse
import datetime
import json
import os
import sys

FIELDS = ("name", "value", "unit", "anchor", "anchorValue", "ratio", "date", "machine")
OPTIONAL_FIELDS = ("spread", "anchorSpread", "notes")


def describe_machine():
    """'2 cores, 24 GiB, Intel(R) Xeon(R) Processor' from /proc, as far as it can be read."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 0
    mem = "? GiB"
    model = "unknown cpu"
    try:
        with open("/proc/meminfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    mem = "%.0f GiB" % (int(line.split()[1]) / 1048576)
                    break
    except OSError:
        pass
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return "%d cores, %s, %s" % (cores, mem, model)


def ratio(value, anchor_value):
    if anchor_value in (None, 0):
        return None
    return round(value / anchor_value, 4)


def normalise(entry, date, machine):
    for key in ("name", "value", "unit"):
        if key not in entry:
            raise ValueError("entry without %r: %s" % (key, json.dumps(entry)))
    if not isinstance(entry["value"], (int, float)):
        raise ValueError("value of %s is not a number" % entry["name"])
    anchor_value = entry.get("anchorValue")
    out = {
        "name": entry["name"],
        "value": entry["value"],
        "unit": entry["unit"],
        "anchor": entry.get("anchor"),
        "anchorValue": anchor_value,
        "ratio": ratio(entry["value"], anchor_value) if entry.get("anchor") else None,
        "date": entry.get("date") or date,
        "machine": entry.get("machine") or machine,
    }
    normalised = {k: out[k] for k in FIELDS}
    for key in OPTIONAL_FIELDS:
        if entry.get(key) is not None:
            normalised[key] = entry[key]
    return normalised


def merge(existing, new_entries):
    index = {e.get("name"): i for i, e in enumerate(existing)}
    merged = list(existing)
    for entry in new_entries:
        if entry["name"] in index:
            merged[index[entry["name"]]] = entry
        else:
            index[entry["name"]] = len(merged)
            merged.append(entry)
    return merged


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", default=os.path.join(os.path.dirname(__file__), "..", "docs", "benchmarks.json"))
    parser.add_argument("--date", default=datetime.date.today().isoformat())
    parser.add_argument("--machine", default=None, help="default: read from /proc")
    args = parser.parse_args()

    machine = args.machine or describe_machine()
    new_entries = []
    for line in sys.stdin:
        line = line.strip()
        if line:
            new_entries.append(normalise(json.loads(line), args.date, machine))
    if not new_entries:
        print("record-benchmarks: no entries on standard input", file=sys.stderr)
        return 1

    existing = []
    if os.path.exists(args.file):
        with open(args.file, encoding="utf-8") as f:
            existing = json.load(f)
        if not isinstance(existing, list):
            print("record-benchmarks: %s is not a JSON array" % args.file, file=sys.stderr)
            return 1

    merged = merge(existing, new_entries)
    tmp = args.file + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(merged, f, indent=2)
        f.write("\n")
    os.replace(tmp, args.file)
    for e in new_entries:
        print("recorded %-48s %s %s" % (e["name"], e["value"], e["unit"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
