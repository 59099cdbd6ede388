"""Where frontlog keeps its files: packaged knowledge, the user's additions, and caches."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from glob import escape as glob_escape
from pathlib import Path

PACKAGE_DATA = Path(__file__).parent / "data"


def user_data_dir() -> Path:
    """The user's own knowledge files (extra actors, places, triggers); FRONTLOG_HOME overrides."""
    base = os.environ.get("FRONTLOG_HOME")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(xdg) / "frontlog"


def read_yaml(path: str | os.PathLike[str]) -> object:
    """A knowledge file's YAML (safe types only), parsed by libyaml where PyYAML has it: the pure-Python parser
    took a quarter of a second of every start-up on triggers.yaml alone. Raises yaml.YAMLError as safe_load does."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 - a safe loader


def cache_dir() -> Path:
    """Derived files that can be rebuilt (the gazetteer index); FRONTLOG_CACHE overrides."""
    base = os.environ.get("FRONTLOG_CACHE")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(xdg) / "frontlog"


class OutputError(ValueError):
    """An output path frontlog refuses to write: what is wrong with it and what to give instead."""


def check_output(path: str | os.PathLike[str]) -> Path:
    """The output path, if frontlog may replace it: not a folder, a device or a symbolic link.

    Called before any work (a typo costs nothing) and again just before the file is moved into place.
    """
    target = Path(path)
    if target.is_symlink():
        raise OutputError(f"{target} is a symbolic link: frontlog does not write through links; "
                          f"give the file's own path ({os.path.realpath(target)}) or another name")
    if target.is_dir():
        raise OutputError(f"{target} is a folder: give a file name inside it, e.g. {target / 'events.jsonl'}")
    if target.exists() and not target.is_file():
        raise OutputError(f"{target} is not a regular file (a device, pipe or socket): give a file name, "
                          "or - for standard output where the command allows it")
    for parent in target.parents:
        if parent.exists():
            if not parent.is_dir():
                raise OutputError(f"{parent} is a file, not a folder: {target} cannot be created under it")
            break
    return target


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _remove_orphans(target: Path) -> None:
    """Temporary files a killed run left beside `target` (their writer's process is gone)."""
    for tmp in target.parent.glob(f".{glob_escape(target.name)}.frontlog-*-*"):
        pid = tmp.name[len(target.name) + len(".frontlog-") + 1:].split("-", 1)[0]
        if not pid.isdigit():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            tmp.unlink(missing_ok=True)
        except OSError:
            continue  # alive under another user, or not ours to judge


@contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary path beside `path` to write; moved over `path` only when the block ends without error.

    Readers never see a half-written file, and a failed run leaves the previous file as it was. The file gets
    the permissions the umask gives a new file (mkstemp's are 0600).
    """
    target = check_output(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    _remove_orphans(target)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.frontlog-{os.getpid()}-", dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.chmod(tmp, 0o666 & ~_umask())
        check_output(target)  # it may have become a link or a device while we worked
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
