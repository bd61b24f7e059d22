#!/usr/bin/env python3
"""Checks that the sensor/ folders form a one-way graph and that every folder
links exactly the folders it includes.

- The folder order is the foreach list in sensor/CMakeLists.txt: a folder may
  include only folders listed before it (no back-edges, no cycles).
- A folder's tapwatch_library(... PUBLIC ... PRIVATE ...) lists must name the
  tapwatch_<folder> libraries it includes, no more and no fewer: PUBLIC those
  its headers include, PRIVATE those only its .cc files include.
The include roots make a missing link fail to compile; this check also
catches links nobody needs and headers leaking a private dependency.
Exit 0 when all holds; 1 with one line per problem otherwise.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent.parent)
SENSOR = ROOT / "sensor"
INCLUDE = re.compile(r'^\s*#\s*include\s+"([a-z_]+)/[^"]+"', re.M)


def folder_order():
    text = (SENSOR / "CMakeLists.txt").read_text()
    match = re.search(r"foreach\(folder ([^)]*)\)", text)
    return match.group(1).split()


def declared_links(folder):
    text = (SENSOR / folder / "CMakeLists.txt").read_text()
    call = re.search(r"tapwatch_library\((.*?)\)\s*$", text, re.S | re.M)
    if not call:
        return None
    links = {"PUBLIC": set(), "PRIVATE": set()}
    section = None
    for word in call.group(1).split():
        if word in ("SOURCES", "PUBLIC", "PRIVATE"):
            section = word
        elif section in links and word.startswith("tapwatch_"):
            links[section].add(word[len("tapwatch_"):])
    return links


def included(folder, suffixes):
    found = set()
    for path in (SENSOR / folder).iterdir():
        if path.suffix in suffixes:
            found.update(m for m in INCLUDE.findall(path.read_text(errors="replace")) if m != folder)
    return found


def main():
    order = folder_order()
    rank = {f: i for i, f in enumerate(order)}
    problems = []
    for folder in order:
        links = declared_links(folder)
        if links is None:
            problems.append(f"{folder}: no tapwatch_library() call")
            continue
        from_headers = included(folder, {".h"})
        from_sources = included(folder, {".cc"}) - from_headers
        for dep in sorted(from_headers | from_sources):
            if dep not in rank:
                problems.append(f"{folder}: includes {dep}/, which is not a sensor folder")
            elif rank[dep] >= rank[folder]:
                problems.append(f"{folder}: includes {dep}/, which comes after it in the folder order (back-edge)")
        for dep in sorted(from_headers - links["PUBLIC"]):
            problems.append(f"{folder}: its headers include {dep}/, so tapwatch_{dep} must be PUBLIC")
        for dep in sorted(from_sources - links["PUBLIC"] - links["PRIVATE"]):
            problems.append(f"{folder}: its sources include {dep}/ but it does not link tapwatch_{dep}")
        for dep in sorted(links["PRIVATE"] & from_headers):
            problems.append(f"{folder}: tapwatch_{dep} is PRIVATE but a header includes it")
        for dep in sorted((links["PUBLIC"] | links["PRIVATE"]) - from_headers - from_sources):
            problems.append(f"{folder}: links tapwatch_{dep} but includes nothing from {dep}/")
        for dep in sorted(links["PUBLIC"] & from_sources):
            problems.append(f"{folder}: tapwatch_{dep} is PUBLIC but only .cc files include it (make it PRIVATE)")
    for line in problems:
        print(line)
    if not problems:
        print(f"folder graph ok: {' -> '.join(order)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
