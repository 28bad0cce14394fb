#!/usr/bin/env python3
"""Time networkx's read_graphml on a file: `networkx_load.py FILE [--json OUT]`."""
import argparse, json, sys, time

import networkx as nx


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--json", default=None)
    args = ap.parse_args()
    start = time.perf_counter()
    g = nx.read_graphml(args.file)
    seconds = time.perf_counter() - start
    report = {"engine": "networkx", "version": nx.__version__, "loadSeconds": seconds,
              "nodes": g.number_of_nodes(), "relationships": g.number_of_edges()}
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(report, f, indent=2)
    print("networkx %s: %d nodes, %d edges, read_graphml in %.3f s"
          % (nx.__version__, report["nodes"], report["relationships"], seconds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
