#!/usr/bin/env python3
"""Load an `evg export --format kuzu` folder into Kùzu or its maintained fork ladybug and time
the benchmark queries.

Usage: kuzu_bench.py EXPORT_DIR QUERIES_DIR [--engine kuzu|ladybug] [--runs 5] [--db PATH] [--json OUT]

Loads the CSV files with the export's schema.cypher (timed: create tables + COPY), then runs
every NAME.cypher of QUERIES_DIR (NAME.kuzu.cypher instead where it exists: ladybug speaks
Kùzu's dialect) once to warm up and --runs times, timing conn.execute() (parse, plan, run,
result materialised in the engine's C++ result table; converting rows to Python objects is
not timed). Prints and writes JSON with per-query median/min ms, rows and the same result
digest as `evg bench-query`.
"""
import argparse, importlib, json, os, shutil, statistics, sys, time

from result_digest import digest, is_ordered, query_files, query_text


def statements(script):
    out = []
    for line in script.splitlines():
        line = line.strip()
        if line and not line.startswith("//"):
            out.append(line.rstrip(";"))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("export_dir")
    ap.add_argument("queries_dir")
    ap.add_argument("--engine", choices=["kuzu", "ladybug"], default="kuzu")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--db", default=None, help="database path (default: EXPORT_DIR/ENGINE.db, recreated)")
    ap.add_argument("--json", default=None, help="write the results here as JSON")
    args = ap.parse_args()
    engine = importlib.import_module(args.engine)   # ladybug keeps Kùzu's Python API

    queries_dir = os.path.abspath(args.queries_dir)
    export_dir = os.path.abspath(args.export_dir)
    db_path = os.path.abspath(args.db or os.path.join(export_dir, args.engine + ".db"))
    for p in (db_path, db_path + ".wal"):
        if os.path.isdir(p):
            shutil.rmtree(p)
        elif os.path.exists(p):
            os.remove(p)
    os.chdir(export_dir)
    with open("schema.cypher", encoding="utf-8") as f:
        script = f.read()

    start = time.perf_counter()
    db = engine.Database(db_path)
    conn = engine.Connection(db)
    for stmt in statements(script):
        conn.execute(stmt)
    load_seconds = time.perf_counter() - start
    nodes = conn.execute("MATCH (n) RETURN count(*)").get_next()[0]
    rels = conn.execute("MATCH ()-[r]->() RETURN count(*)").get_next()[0]

    results = []
    for name, path in query_files(queries_dir, "kuzu"):
        text = query_text(path)
        entry = {"name": name}
        try:
            res = conn.execute(text)
            rows = []
            while res.has_next():
                rows.append(res.get_next())
            entry["rows"] = len(rows)
            entry["digest"] = digest(rows, is_ordered(text))
            times = []
            for _ in range(args.runs):
                t0 = time.perf_counter()
                conn.execute(text)
                times.append((time.perf_counter() - t0) * 1000)
            entry["medianMs"] = statistics.median(times)
            entry["minMs"] = min(times)
            entry["timesMs"] = times
        except Exception as e:  # report and go on with the next query
            entry["error"] = str(e).splitlines()[0] if str(e) else type(e).__name__
        results.append(entry)

    report = {"engine": args.engine, "version": engine.__version__, "loadSeconds": load_seconds,
              "nodes": nodes, "relationships": rels, "runs": args.runs, "queries": results}
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(report, f, indent=2)
    print("%s %s: %d nodes, %d relationships, loaded in %.3f s; %d warm runs per query"
          % (args.engine, engine.__version__, nodes, rels, load_seconds, args.runs))
    width = max(5, max(len(r["name"]) for r in results))
    print("%-*s  %10s  %10s  %9s  digest" % (width, "query", "median ms", "min ms", "rows"))
    for r in results:
        if "error" in r:
            print("%-*s  error: %s" % (width, r["name"], r["error"]))
        else:
            print("%-*s  %10.3f  %10.3f  %9d  %s" % (width, r["name"], r["medianMs"], r["minMs"], r["rows"], r["digest"]))
    return 1 if any("error" in r for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
