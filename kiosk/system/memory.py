"""How much memory the kiosk's process tree uses, from /proc (Linux).

The kiosk is several processes: itself plus Qt WebEngine's helpers. Their
proportional set size (PSS) added up is the honest figure: shared pages are
divided among the processes that share them, so nothing counts twice.
"""

from pathlib import Path


def tree_pss_mib(root: int) -> float | None:
    """Proportional set size of a process and all its descendants (Linux), in MiB."""
    proc = Path("/proc")
    if not (proc / str(root)).exists():
        return None
    children: dict[int, list[int]] = {}
    for entry in proc.iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    total_kib, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, []))
        try:
            for line in (proc / str(pid) / "smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total_kib += int(line.split()[1])
        except OSError:
            continue
    return total_kib / 1024
