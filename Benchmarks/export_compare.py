#!/usr/bin/env python3
"""Compare what other engines loaded from evg's exports with evg's own answers (stdlib only).

Usage: export_compare.py --evg-stats STATS.json --evg-queries BENCH.json [--graphml-stats STATS.json]
                         [--neo4j DIR] [--peer NAME=RESULT.json …]

STATS.json is `evg stats --format json` (node and relationship counts, labels, types);
BENCH.json is `evg bench-query --format json` (rows and digest per query); each peer's
RESULT.json is what kuzu_bench.py or falkordb_load.py wrote (nodes, relationships, and rows
and digest per query). DIR is an `evg export --format neo4j` folder, checked without Neo4j:
every CSV parses with a field per header column, the rows add up to evg's counts, and
import.sh names every file. Prints one line per check and exits 1 when any differs.
"""
import argparse, csv, json, os, sys


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--evg-stats", required=True)
    ap.add_argument("--evg-queries", required=True)
    ap.add_argument("--graphml-stats", default=None)
    ap.add_argument("--neo4j", default=None)
    ap.add_argument("--peer", action="append", default=[], help="NAME=RESULT.json")
    a = ap.parse_args()
    stats, bench = load(a.evg_stats), load(a.evg_queries)
    expected = {q["name"]: q for q in bench["queries"]}
    failures = 0

    def check(what, ok, detail=""):
        nonlocal failures
        failures += 0 if ok else 1
        print("export-check: %-44s %s%s" % (what, "ok" if ok else "DIFFERS", "" if ok or not detail else "  " + detail))

    if a.graphml_stats:
        g = load(a.graphml_stats)
        for key in ("nodes", "relationships", "labels", "relationshipTypes"):
            check("graphml: %s" % key, g.get(key) == stats.get(key), "%s vs evg %s" % (g.get(key), stats.get(key)))
    if a.neo4j:
        with open(os.path.join(a.neo4j, "import.sh"), encoding="utf-8") as f:
            script = f.read()
        for folder, key, flag in (("nodes", "nodes", "--nodes="), ("rels", "relationships", "--relationships=")):
            total, ragged, unnamed = 0, [], []
            for name in sorted(os.listdir(os.path.join(a.neo4j, folder))):
                with open(os.path.join(a.neo4j, folder, name), encoding="utf-8", newline="") as f:
                    rows = list(csv.reader(f))
                total += len(rows) - 1
                ragged += [name for r in rows[1:] if len(r) != len(rows[0])][:1]
                if flag + folder + "/" + name not in script:
                    unnamed.append(name)
            check("neo4j: %s rows" % key, total == stats[key], "%d vs evg %d" % (total, stats[key]))
            check("neo4j: %s files parse, one field per column" % folder, not ragged, ", ".join(ragged))
            check("neo4j: import.sh names every %s file" % folder, not unnamed, ", ".join(unnamed))
    for spec in a.peer:
        name, path = spec.split("=", 1)
        peer = load(path)
        for key in ("nodes", "relationships"):
            check("%s: %s" % (name, key), peer.get(key) == stats[key], "%s vs evg %s" % (peer.get(key), stats[key]))
        answers = {q["name"]: q for q in peer["queries"]}
        for qname, q in sorted(expected.items()):
            p = answers.get(qname)
            if p is None or "error" in p:
                check("%s: %s" % (name, qname), False, p["error"] if p else "not run")
            else:
                same = p["rows"] == q["rows"] and p["digest"] == q["digest"]
                check("%s: %s (%d rows)" % (name, qname, q["rows"]), same,
                      "%d rows %s vs evg %d rows %s" % (p["rows"], p["digest"], q["rows"], q["digest"]))
    print("export-check: %d checks differ" % failures if failures else "export-check: all checks agree with evg")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
