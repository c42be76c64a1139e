#!/usr/bin/env python3
"""Structure checks of src/ that the compiler does not make.

1. No import circle between files: every `use crate::…`, `use super::…`, `crate::x::y`
   path and `mod` declaration ties a file to the file that defines the module it names;
   a cycle among those ties is reported (a parent declaring its children with `mod` is
   not a tie back: only paths count).
2. No function over MAX_FN_LINES lines, except inside `#[cfg(test)]` modules.

Usage: scripts/check-structure.py [--report] [SRC_DIR]
  --report  print every function over the limit and the import graph, exit 0.
Exit status 1 when a check fails.
"""
import os
import re
import sys

MAX_FN_LINES = 80


def strip_code(text):
    """Text with comments, string and char literals blanked (same length, same lines)."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            depth, j = 1, i + 2
            while j < n and depth:
                if text.startswith("/*", j):
                    depth, j = depth + 1, j + 2
                elif text.startswith("*/", j):
                    depth, j = depth - 1, j + 2
                else:
                    j += 1
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif c == "r" and re.match(r'r#*"', text[i:i + 10]) and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            m = re.match(r'r(#*)"', text[i:])
            end = '"' + m.group(1)
            j = text.find(end, i + len(m.group(0)))
            j = n if j < 0 else j + len(end)
            out.append('""' + re.sub(r"[^\n]", " ", text[i + 2:j]))
            i = j
        elif c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            j += 1
            out.append('"' + re.sub(r"[^\n]", " ", text[i + 1:j - 1]) + '"')
            i = j
        elif c == "'":
            m = re.match(r"'(\\.[^']*|[^\\'])'", text[i:])
            if m:
                out.append(" " * len(m.group(0)))
                i += len(m.group(0))
            else:  # a lifetime
                out.append(c)
                i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def match_brace(code, open_at):
    depth = 0
    for j in range(open_at, len(code)):
        if code[j] == "{":
            depth += 1
        elif code[j] == "}":
            depth -= 1
            if depth == 0:
                return j
    return len(code) - 1


def test_regions(code):
    """(start, end) offsets of `#[cfg(test)]` items."""
    regions = []
    for m in re.finditer(r"#\[cfg\(test\)\]\s*(?:#\[[^\]]*\]\s*)*(?:pub(?:\([^)]*\))?\s+)?mod\s+\w+\s*\{", code):
        regions.append((m.start(), match_brace(code, m.end() - 1)))
    return regions


def long_functions(path, code):
    line_of = lambda off: code.count("\n", 0, off) + 1
    tests = test_regions(code)
    found = []
    for m in re.finditer(r"\bfn\s+(\w+)", code):
        if any(a <= m.start() <= b for a, b in tests):
            continue
        # the body opens at the first `{` not inside the signature's parentheses/generics
        j, depth = m.end(), 0
        while j < len(code):
            ch = code[j]
            if ch in "(<[":
                depth += 1
            elif ch in ")>]":
                depth -= 1
            elif ch == ";" and depth <= 0:
                j = -1
                break
            elif ch == "{" and depth <= 0:
                break
            j += 1
        if j < 0 or j >= len(code):
            continue
        end = match_brace(code, j)
        lines = line_of(end) - line_of(m.start()) + 1
        if lines > MAX_FN_LINES:
            found.append((lines, f"{path}:{line_of(m.start())} fn {m.group(1)}"))
    return found


def module_files(src):
    """Module path (tuple) -> file, for every .rs file below src."""
    mods = {}
    for root, _, files in os.walk(src):
        for f in files:
            if not f.endswith(".rs"):
                continue
            rel = os.path.relpath(os.path.join(root, f), src)[:-3].split(os.sep)
            if rel[-1] in ("mod", "lib"):
                rel = rel[:-1]
            mods[tuple(rel)] = os.path.join(root, f)
    return mods


def without_tests(code):
    """The code with its `#[cfg(test)]` modules blanked."""
    for a, b in reversed(test_regions(code)):
        code = code[:a] + re.sub(r"[^\n]", " ", code[a:b + 1]) + code[b + 1:]
    return code


def resolve(mod, path, mods, reexports, depth=0):
    """The file-module that defines what `path` (as written in `mod`) names, or None."""
    parts = [x.strip() for x in path.split("::") if x.strip()]
    if parts and mod + (parts[0],) in mods:
        parts = ["self"] + parts  # a child module named without `self::`
    if not parts or parts[0] not in ("crate", "super", "self"):
        return None
    if parts[0] == "crate":
        base, rest = (), parts[1:]
    else:
        base, rest = mod, parts
        while rest and rest[0] in ("super", "self"):
            if rest[0] == "super":
                base = base[:-1]
            rest = rest[1:]
    cur, i = base, 0
    while i < len(rest) and cur + (rest[i],) in mods:
        cur, i = cur + (rest[i],), i + 1
    if i < len(rest) and (cur, rest[i]) in reexports and depth < 10:
        target = reexports[(cur, rest[i])]
        found = resolve(cur, "::".join([target] + rest[i + 1:]), mods, reexports, depth + 1)
        if found is not None:
            return found
    return cur


def use_paths(code):
    paths = []
    for m in re.finditer(r"\buse\s+([^;]+);", code):
        paths.extend(expand_use(m.group(1).replace("\n", " ")))
    return paths


def reexports_of(mod, code):
    """(module, name) -> path, for the `pub use` items of a module."""
    out = {}
    for m in re.finditer(r"\bpub(?:\([^)]*\))?\s+use\s+([^;]+);", code):
        for p in expand_use(m.group(1).replace("\n", " ")):
            alias = re.search(r"\s+as\s+(\w+)$", p)
            p = re.sub(r"\s+as\s+\w+$", "", p).strip()
            name = alias.group(1) if alias else p.split("::")[-1]
            if name != "*":
                out[(mod, name)] = p
    return out


def imports(mod, code, mods, reexports):
    """Files this module's file names through paths (crate::…, super::…, self::…, child::…)."""
    targets = set()
    paths = use_paths(code)
    for m in re.finditer(r"(?<![\w:])(\w+(?:::\w+)+)", code):
        paths.append(m.group(1))
    for p in paths:
        best = resolve(mod, p, mods, reexports)
        if best is not None and best != mod:
            targets.add(best)
    return targets


def expand_use(tree):
    tree = tree.strip()
    if tree.startswith("pub"):
        tree = re.sub(r"^pub(\([^)]*\))?\s+", "", tree)
    i = tree.find("{")
    if i < 0:
        return [tree.strip()]
    prefix = tree[:i]
    inner = tree[i + 1:tree.rfind("}")]
    items, depth, cur = [], 0, ""
    for ch in inner:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        if ch == "," and depth == 0:
            items.append(cur)
            cur = ""
        else:
            cur += ch
    items.append(cur)
    out = []
    for it in items:
        if it.strip() == "self":
            out.append(prefix.rstrip(":"))
        elif it.strip():
            out.extend(prefix + p for p in expand_use(it))
    return out


def cycles(graph):
    """Strongly connected components with more than one file (Tarjan)."""
    index, low, stack, on, out = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def main():
    args = sys.argv[1:]
    report = "--report" in args
    args = [a for a in args if a != "--report"]
    src = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src")
    src = os.path.normpath(src)
    mods = module_files(src)
    graph, long, codes, reexports = {}, [], {}, {}
    for mod, path in sorted(mods.items()):
        code = strip_code(open(path, encoding="utf-8").read())
        codes[mod] = code
        reexports.update(reexports_of(mod, without_tests(code)))
        long.extend(long_functions(os.path.relpath(path), code))
    for mod, code in codes.items():
        graph[mod] = imports(mod, without_tests(code), mods, reexports)
    name = lambda m: os.path.relpath(mods[m])
    failed = False
    for comp in cycles(graph):
        failed = True
        print("import circle: " + " ↔ ".join(name(m) for m in comp))
        for m in comp:
            for t in sorted(graph[m]):
                if t in comp:
                    print(f"    {name(m)} uses {name(t)}")
    for lines, where in sorted(long, reverse=True):
        failed = True
        print(f"function over {MAX_FN_LINES} lines: {where} ({lines} lines)")
    if report:
        return 0
    if not failed:
        print(f"structure: {len(mods)} files, no import circle, no function over {MAX_FN_LINES} lines")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
