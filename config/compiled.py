"""The anonymiser compiled with mypyc: where production finds it, and whether it is current.

`make compiled` builds the anonymiser's modules into `build/compiled/anonymiser` (setup.py,
`CANDOUR_COMPILE=1`) and writes there the digest of the source it was built from. gunicorn
(`gunicorn.conf.py`) puts that folder first on the import path only while the digest matches the
source beside it: a build left behind by an update is never run, the source is, and the log
says so. The compiled build gives the same spans as the source (`make test-compiled` runs the
anonymiser's tests on it; the benchmark compares the two on every report).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAMP = "SOURCES"


def build_dir(root: Path = ROOT) -> Path:
    return root / "build" / "compiled"


def source_digest(root: Path = ROOT) -> str:
    """SHA-256 over the anonymiser's modules and data and the build script, names included."""
    files = sorted([*root.glob("anonymiser/*.py"), *root.glob("anonymiser/data/*"),
                    root / "setup.py"])
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


PENDING = "SOURCES.pending"


def begin_stamp(root: Path = ROOT) -> None:
    """Before compiling: note the digest of the source the build is about to read."""
    (root / "build").mkdir(parents=True, exist_ok=True)
    (root / "build" / PENDING).write_text(source_digest(root) + "\n", encoding="ascii")


def finish_stamp(root: Path = ROOT) -> bool:
    """After compiling: stamp the build with the digest noted before it, never the source's
    digest now, so a build whose source changed while it ran is seen as left behind (and the
    source is run) instead of passing for current. True when the source did not change."""
    pending = root / "build" / PENDING
    before = pending.read_text(encoding="ascii").strip()
    (build_dir(root) / STAMP).write_text(before + "\n", encoding="ascii")
    pending.unlink()
    return before == source_digest(root)


def compiled_build(root: Path = ROOT) -> tuple[Path | None, str]:
    """The compiled build's folder when it was built from this source, and why (or why not)."""
    folder = build_dir(root)
    try:
        built = (folder / STAMP).read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return None, "no compiled anonymiser (make compiled builds it): running the source"
    if built != source_digest(root):
        return None, ("the compiled anonymiser was built from other source (run make compiled): "
                      "running the source")
    return folder, "running the compiled anonymiser from build/compiled"


if __name__ == "__main__":  # `python -m config.compiled begin|finish`, from the Makefile
    import sys

    if sys.argv[1:] == ["begin"]:
        begin_stamp()
    elif sys.argv[1:] == ["finish"]:
        if not finish_stamp():
            print("the anonymiser's source changed while it was compiled: the build is stamped "
                  "as built from the source it read, so the source runs until `make compiled` "
                  "builds again", file=sys.stderr)
    else:
        raise SystemExit("usage: python -m config.compiled begin|finish")
