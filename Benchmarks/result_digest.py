"""The result digest `evg bench-query` writes (ResultDigest.swift), for the Python peers.

Each value becomes canonical text (null, true/false, integers in decimal, floats with C's
%.12g, strings in double quotes with backslash, quote and newline escaped, lists [a,b], maps
{k:v} by sorted key, nodes (id)); a row is its values joined by |; rows are sorted by their
UTF-8 bytes unless the query's final RETURN has ORDER BY; the digest is FNV-1a 64 of the rows
joined by newlines.
"""
import os
import re


def canonical(v):
    """Canonical text of a value, as evg's ResultDigest writes it."""
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v != v:
            return "nan"
        if v in (float("inf"), float("-inf")):
            return "inf" if v > 0 else "-inf"
        return "%.12g" % (0.0 if v == 0 else v)
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(v, (list, tuple)):
        return "[" + ",".join(canonical(x) for x in v) + "]"
    if isinstance(v, dict):
        if "_label" in v and "id" in v and "_src" not in v:
            return "(" + str(v["id"]) + ")"
        return "{" + ",".join(k + ":" + canonical(v[k]) for k in sorted(v)) + "}"
    return canonical(str(v))


def fnv1a(text):
    h = 0xCBF29CE484222325
    for b in text.encode("utf-8"):
        h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return "%016x" % h


def is_ordered(text):
    upper = text.upper()
    i = upper.rfind("RETURN")
    return i >= 0 and re.search(r"ORDER\s+BY", upper[i:]) is not None


def digest(rows, ordered):
    lines = ["|".join(canonical(v) for v in row) for row in rows]
    if not ordered:
        lines.sort(key=lambda s: s.encode("utf-8"))
    return fnv1a("\n".join(lines))


def query_text(path):
    """A query file's text without `//` comment lines and a final `;`."""
    with open(path, encoding="utf-8") as f:
        return "\n".join(l for l in f.read().splitlines() if not l.strip().startswith("//")).strip().rstrip(";")


def query_files(queries_dir, dialect):
    """(name, path) of every NAME.cypher in the folder, NAME.DIALECT.cypher instead where it exists."""

    names = sorted(f[: -len(".cypher")] for f in os.listdir(queries_dir)
                   if f.endswith(".cypher") and f.count(".") == 1)
    out = []
    for name in names:
        path = os.path.join(queries_dir, "%s.%s.cypher" % (name, dialect))
        if not os.path.exists(path):
            path = os.path.join(queries_dir, name + ".cypher")
        out.append((name, path))
    return out
