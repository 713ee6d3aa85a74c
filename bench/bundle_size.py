"""Size of the packaged kiosk (dist/io-kiosk) against its budget, and its largest files.

    python bench/bundle_size.py [UNPRUNED] [--bundle dist/io-kiosk] [--top 15]

With UNPRUNED (a build of the same spec without pruning: `make
package-unpruned` writes build/unpruned/io-kiosk) it also says how much the
pruning saved and in which folders. Sizes are on disk (allocated blocks, as
`du` counts them) in MB (10^6 bytes), with MiB (2^20) beside the total: the
budget (docs/design.md) says "under 450 MB", and this script holds it to the
stricter of the two readings. Exit code 1 when the bundle is over budget.
"""

import argparse
import os
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BUDGET_MB = 450.0
MB = 1_000_000
MIB = 2**20


@dataclass
class Bundle:
    root: Path
    files: dict[str, int]  # path relative to root -> bytes on disk
    on_disk: int  # files and folders, each inode once
    apparent: int  # the files' lengths

    @classmethod
    def measure(cls, root: Path) -> "Bundle":
        files: dict[str, int] = {}
        seen: set[tuple[int, int]] = set()
        on_disk = apparent = 0
        for folder, dirs, names in os.walk(root):
            for name in dirs + names:
                path = Path(folder, name)
                info = path.lstat()
                if (info.st_dev, info.st_ino) in seen:
                    continue
                seen.add((info.st_dev, info.st_ino))
                blocks = info.st_blocks * 512
                on_disk += blocks
                if name in names and not path.is_symlink():
                    files[path.relative_to(root).as_posix()] = blocks
                    apparent += info.st_size
        return cls(root, files, on_disk, apparent)


def mb(size: int) -> str:
    return f"{size / MB:7.1f} MB"


def group(path: str, depth: int = 4) -> str:
    """The folder a file is counted under, e.g. _internal/PySide6/Qt/qml."""
    parts = path.split("/")[:-1][:depth]
    return "/".join(parts) or "."


def report(bundle: Bundle, top: int) -> None:
    print(
        f"{bundle.root}: {bundle.on_disk / MB:.1f} MB on disk ({bundle.on_disk / MIB:.1f} MiB), "
        f"{bundle.apparent / MB:.1f} MB of file contents, {len(bundle.files)} files"
    )
    print(f"the {top} largest files:")
    for path, size in sorted(bundle.files.items(), key=lambda item: -item[1])[:top]:
        print(f"  {mb(size)}  {path}")


def compare(pruned: Bundle, unpruned: Bundle, top: int) -> None:
    saved = unpruned.on_disk - pruned.on_disk
    print(
        f"\nunpruned {unpruned.root}: {unpruned.on_disk / MB:.1f} MB on disk, "
        f"{len(unpruned.files)} files; pruning saves {saved / MB:.1f} MB "
        f"({saved / unpruned.on_disk:.0%})"
    )
    by_folder: Counter[str] = Counter()
    for path, size in unpruned.files.items():
        by_folder[group(path)] += size - pruned.files.get(path, 0)
    print("where (folders, on disk):")
    for folder, size in by_folder.most_common(top):
        if size > 0:
            print(f"  {mb(-size)}  {folder}/")
    gone = {p: s for p, s in unpruned.files.items() if p not in pruned.files}
    print(f"the {top} largest files left out ({len(gone)} in all):")
    for path, size in sorted(gone.items(), key=lambda item: -item[1])[:top]:
        print(f"  {mb(size)}  {path}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("unpruned", nargs="?", type=Path, help="an unpruned build to compare")
    parser.add_argument("--bundle", type=Path, default=REPO / "dist" / "io-kiosk")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--budget", type=float, default=BUDGET_MB, help="MB; 0 for none")
    args = parser.parse_args()
    for folder in filter(None, [args.bundle, args.unpruned]):
        if not folder.is_dir():
            print(f"no build at {folder}; run `make package` first", file=sys.stderr)
            return 2
    bundle = Bundle.measure(args.bundle)
    report(bundle, args.top)
    if args.unpruned:
        compare(bundle, Bundle.measure(args.unpruned), args.top)
    if args.budget:
        over = bundle.on_disk / MB - args.budget
        verdict = f"over by {over:.1f} MB" if over > 0 else f"{-over:.1f} MB to spare"
        print(f"\nbudget {args.budget:.0f} MB: {verdict}")
        return 1 if over > 0 else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
