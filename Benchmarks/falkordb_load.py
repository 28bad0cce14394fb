#!/usr/bin/env python3
"""Load an `evg export --format cypher` script into FalkorDB (embedded, from the falkordblite
package) and run the benchmark queries once.

Usage: falkordb_load.py SCRIPT QUERIES_DIR [--db PATH] [--json OUT]

Runs the script's suggested `// index:` statements, then every statement in order (each ends
with ';' at the end of a line), on a new graph; counts nodes and relationships; runs every
NAME.cypher of QUERIES_DIR (NAME.falkordb.cypher instead where it exists) and writes rows and
the same result digest as `evg bench-query`.
"""
import argparse, json, os, sys, tempfile, time

from result_digest import digest, is_ordered, query_files, query_text


def statements(script):
    """(indexes, statements) of an evg Cypher export."""
    indexes, out, current = [], [], []
    for line in script.splitlines():
        if not current and line.startswith("// index: "):
            indexes.append(line[len("// index: "):].rstrip(";"))
            continue
        if not line or (not current and line.startswith("//")):
            continue
        if line.endswith(";"):
            current.append(line[:-1])
            out.append("\n".join(current))
            current = []
        else:
            current.append(line)
    return indexes, out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("script")
    ap.add_argument("queries_dir")
    ap.add_argument("--db", default=None, help="database file (default: a temporary one)")
    ap.add_argument("--json", default=None, help="write the results here as JSON")
    args = ap.parse_args()

    from redislite.falkordb_client import FalkorDB   # falkordblite: redis-server + the FalkorDB module

    with open(args.script, encoding="utf-8") as f:
        indexes, stmts = statements(f.read())
    tmp = tempfile.TemporaryDirectory(prefix="evg-falkordb-")
    db = FalkorDB(args.db or os.path.join(tmp.name, "falkordb.db"))
    g = db.select_graph("evg")
    start = time.perf_counter()
    for stmt in indexes + stmts:
        g.query(stmt)
    load_seconds = time.perf_counter() - start
    nodes = g.query("MATCH (n) RETURN count(n)").result_set[0][0]
    rels = g.query("MATCH ()-[r]->() RETURN count(r)").result_set[0][0]

    results = []
    for name, path in query_files(os.path.abspath(args.queries_dir), "falkordb"):
        text = query_text(path)
        entry = {"name": name}
        try:
            t0 = time.perf_counter()
            rows = g.query(text).result_set
            entry["ms"] = (time.perf_counter() - t0) * 1000
            entry["rows"] = len(rows)
            entry["digest"] = digest(rows, is_ordered(text))
        except Exception as e:  # report and go on with the next query
            entry["error"] = str(e).splitlines()[0] if str(e) else type(e).__name__
        results.append(entry)
    version = "?"
    try:
        from importlib.metadata import version as package_version
        version = package_version("falkordblite")
    except Exception:
        pass
    report = {"engine": "falkordb", "version": version, "loadSeconds": load_seconds, "statements": len(stmts),
              "indexes": len(indexes), "nodes": nodes, "relationships": rels, "queries": results}
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(report, f, indent=2)
    print("falkordb (falkordblite %s): %d nodes, %d relationships from %d statements in %.3f s"
          % (version, nodes, rels, len(stmts), load_seconds))
    for r in results:
        print("%-24s  %s" % (r["name"], "error: " + r["error"] if "error" in r else "%6d rows  %s" % (r["rows"], r["digest"])))
    db.close()
    tmp.cleanup()
    return 1 if any("error" in r for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
