"""benchmarks/RESULTS.md: replace one `## ` section by a benchmark's fresh text (or append it)."""
from __future__ import annotations

import re
from pathlib import Path

RESULTS = Path(__file__).with_name("RESULTS.md")


def write_section(heading: str, text: str, results: Path = RESULTS) -> None:
    """Put `text` (which starts with `heading`) in place of the section under `heading`, up to
    the next `## ` heading; append it when the file has no such section yet."""
    current = results.read_text(encoding="utf-8") if results.exists() else "# Benchmark results\n\n"
    pattern = re.compile(rf"^{re.escape(heading)}\n.*?(?=^## |\Z)", re.S | re.M)
    updated = pattern.sub(lambda _m: text + "\n", current) if pattern.search(current) \
        else current.rstrip("\n") + "\n\n" + text + "\n"
    results.write_text(updated, encoding="utf-8")


def report(heading: str, lines: list[str], *, write: bool, results: Path = RESULTS) -> None:
    """Print a benchmark's section (`lines` joined, starting with `heading`) and, when `write`,
    put it in its place in RESULTS.md."""
    text = "\n".join(lines)
    print(text)
    if write:
        write_section(heading, text, results)
