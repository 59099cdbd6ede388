"""The gazetteer index as files on disk: named by the content of its inputs, built once when several processes
(or installations sharing a cache) start together, and cleaned of what killed builds and old versions left."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from frontlog.knowledge import gazetteer as P

ROWS = [
    ("9000001", "Tell Qasrawiya", "Tell Qasrawiya|Tal Qasrawiyah", "SY", "35.1", "37.2", "city", "1", "0", "P", ""),
    ("9000002", "Khirbet Dummiya", "Khirbet Dummiya", "SY", "35.3", "37.4", "city", "1", "0", "P", ""),
]


def _write_places(home: Path) -> Path:
    folder = home / "places"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "XX.tsv"
    lines = ["\t".join(P._USER_COLUMNS)] + ["\t".join(r) for r in ROWS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_fingerprint_follows_content_not_names_or_times(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("FRONTLOG_CACHE", str(tmp_path / "cache"))
    a = _write_places(tmp_path / "one")
    b = tmp_path / "two" / "places" / "XX.tsv"
    b.parent.mkdir(parents=True)
    shutil.copyfile(a, b)
    os.utime(b, (time.time() - 86400, time.time() - 86400))  # another installation: same bytes, other mtime
    assert P._fingerprint([a]) == P._fingerprint([b])
    b.write_text(b.read_text(encoding="utf-8").replace("35.1", "35.2"), encoding="utf-8")
    assert P._fingerprint([a]) != P._fingerprint([b]), "a changed coordinate must give a new index"


def test_two_processes_building_at_once_share_one_index(tmp_path: Path) -> None:
    home, cache = tmp_path / "home", tmp_path / "cache"
    _write_places(home)
    env = {**os.environ, "FRONTLOG_HOME": str(home), "FRONTLOG_CACHE": str(cache)}
    code = ("import sqlite3; from frontlog.knowledge import gazetteer as P; p = P._user_index_path(); "
            "print(p, sqlite3.connect(p).execute('SELECT count(*) FROM places').fetchone()[0])")
    procs = [subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, text=True)
             for _ in range(3)]
    outs = [p.communicate(timeout=300)[0].split() for p in procs]
    assert all(p.returncode == 0 for p in procs)
    assert len({o[0] for o in outs}) == 1, "every process must use the same index file"
    assert [o[1] for o in outs] == ["2", "2", "2"]
    assert not list(cache.glob("*.tmp")), "no temporary file may be left behind"
    with sqlite3.connect(outs[0][0]) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_stale_files_are_cleaned_but_recent_ones_of_others_kept(tmp_path: Path) -> None:
    keep = tmp_path / "gazetteer-aaaa.sqlite"
    other_recent = tmp_path / "gazetteer-bbbb.sqlite"  # another installation, in use
    other_old = tmp_path / "gazetteer-cccc.sqlite"  # unused for months
    killed = tmp_path / "gazetteer-dddd.sqlite.x1y2.tmp"  # a build killed two hours ago
    building = tmp_path / "gazetteer-eeee.sqlite.z3.tmp"  # a build in progress right now
    for f in (keep, other_recent, other_old, killed, building):
        f.write_bytes(b"")
    old = time.time() - (P.STALE_INDEX_DAYS + 1) * 86400
    os.utime(other_old, (old, old))
    os.utime(killed, (time.time() - 7200, time.time() - 7200))
    P._remove_stale(tmp_path, "gazetteer-", keep)
    left = {f.name for f in tmp_path.iterdir()}
    assert left == {keep.name, other_recent.name, building.name}


@pytest.mark.parametrize("name", ["Jisr al-Shughur", "Ma'arrat an-Nu'man", "Tel Aviv-Yafo", "Đakovo", "Łódź",
                                  "Ağrı", "Ouagadougou", "As"])
def test_name_key_fast_path_is_the_same_key(name: str) -> None:
    import unicodedata

    # The full folding, as written before ASCII names got their shortcut.
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower().translate(P._APOSTROPHES)
    s = s.replace("ß", "ss").replace("ı", "i").replace("ø", "o").replace("đ", "d").replace("ł", "l")
    full = " ".join(w for w in P._NON_WORD.sub(" ", s).split() if w not in P._articles())
    assert P.name_key(name) == full
    assert P.skeleton_key(name) == P._skeleton_of_key(P.name_key(name))
