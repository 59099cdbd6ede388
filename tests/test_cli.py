"""The command line as a user runs it: `python -m frontlog.cli` in a subprocess (or frontlog.cli.commands in-process
where a fault has to be injected), on real files written to tmp_path."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from frontlog.cli import commands as cli
from frontlog.model.records import SUB_TO_TYPE

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "articles"
SPEC_FIELDS = (
    "doc_id", "event_type", "sub_event_type", "actor1", "actor2", "assoc_actors", "location", "country",
    "latitude", "longitude", "geo_precision", "date_start", "date_end", "date_precision", "fatalities", "count",
    "claimed_by", "evidence",
)
# After the spec's fields: what the extractor also knows (the place's region, the actors' ACLED inter codes).
ALL_FIELDS = (*SPEC_FIELDS, "confidence", "url", "admin1", "inter1", "inter2", "location_resolved")

GOOD_TEXT = "Army retakes town\n\nSyrian government forces captured the town of Azaz on Tuesday after heavy fighting.\n"
GOOD_META = {"published": "2016-03-10", "url": "https://example.org/good"}


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """The subprocess environment: the session's gazetteer cache (built once), a private empty FRONTLOG_HOME."""
    home = tmp_path / "home"
    home.mkdir()
    e = dict(os.environ)
    e["FRONTLOG_CACHE"] = os.environ["FRONTLOG_CACHE"]  # set by conftest; the index is built there once
    e["FRONTLOG_HOME"] = str(home)
    e["PYTHONIOENCODING"] = "utf-8"
    return e


def frontlog(env: dict[str, str], *args: str, input: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "frontlog.cli", *args], env=env, input=input, text=True,
                          capture_output=True, timeout=600, cwd=ROOT)


def records(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def stderr_lines(proc: subprocess.CompletedProcess[str]) -> list[str]:
    # The first run in a fresh cache announces the index build; everything else is the run's own report.
    return [ln for ln in proc.stderr.splitlines() if ln.strip() and not ln.startswith("building gazetteer")]


def write_good(folder: Path, name: str = "good") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (folder / f"{name}.meta.json").write_text(json.dumps(GOOD_META), encoding="utf-8")


# ------------------------------------------------------------------------------------------ extract


def test_extract_examples_writes_every_spec_field(env, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    proc = frontlog(env, "extract", str(EXAMPLES), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    recs = records(out.read_text(encoding="utf-8"))
    assert recs, "the examples report events; none were written"
    for r in recs:
        assert tuple(r) == ALL_FIELDS, sorted(set(ALL_FIELDS) ^ set(r))
        assert SUB_TO_TYPE[r["sub_event_type"]] == r["event_type"]
        assert isinstance(r["evidence"], list) and r["evidence"]
        assert isinstance(r["assoc_actors"], list)
        assert 0 <= r["confidence"] <= 1
        if r["location"] is not None:
            assert isinstance(r["latitude"], float) and isinstance(r["longitude"], float)
            assert r["geo_precision"] in (1, 2, 3)
            assert len(r["country"]) == 2
        assert r["inter1"] in range(9) and r["inter2"] in range(9)  # ACLED's codes; 0 without an actor
        assert (r["actor1"] is not None or r["inter1"] == 0) and (r["actor2"] is not None or r["inter2"] == 0)
        if r["date_start"] is not None:
            assert r["date_start"] <= r["date_end"]
            assert r["date_precision"] in ("day", "week", "month", "year")
    assert {r["doc_id"] for r in recs} == {"ex-001", "ex-002", "ex-003", "ex-004"}  # ex-004 is a saved web page
    # The url comes from the article's metadata.
    assert {r["url"] for r in recs if r["doc_id"] == "ex-001"} == {"https://example.org/news/ex-001"}
    last = stderr_lines(proc)[-1]
    assert f"4 articles read, {len(recs)} events written" in last and "0 failed" in last


def test_two_runs_are_byte_identical(env, tmp_path: Path) -> None:
    # Different hash seeds: output must not depend on set or dict order that Python randomises per process.
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    for seed, out in (("1", a), ("2", b)):
        proc = frontlog({**env, "PYTHONHASHSEED": seed}, "extract", str(EXAMPLES), "-o", str(out), "-q")
        assert proc.returncode == 0, proc.stderr
    assert a.read_bytes() == b.read_bytes()
    assert a.stat().st_size > 0


def test_dev_articles_are_extracted_identically_under_any_hash_seed(env, tmp_path: Path) -> None:
    shared = ROOT.parent / "shared" / "gold"
    if not shared.is_dir():
        pytest.skip(f"{shared} is absent: the dev articles live there")
    docs = [str(d) for d in sorted(shared.glob("*/docs"))]
    outs = []
    for seed in ("3", "4"):
        out = tmp_path / f"dev-{seed}.jsonl"
        proc = frontlog({**env, "PYTHONHASHSEED": seed}, "extract", *docs, "-o", str(out), "-q")
        assert proc.returncode == 0, proc.stderr
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


def test_stdin_to_stdout(env) -> None:
    lines = [
        {"id": "s1", "text": "Russian jets bombed Aleppo on Monday.", "published": "2016-03-10",
         "url": "https://example.org/s1"},
        {"id": "s2", "text": "Islamic State fighters seized the city of Ramadi on Sunday.", "published": "2015-05-20"},
    ]
    proc = frontlog(env, "extract", "-", "-o", "-", input="".join(json.dumps(x) + "\n" for x in lines))
    assert proc.returncode == 0, proc.stderr
    recs = records(proc.stdout)  # stdout holds only JSON Lines: the summary went to stderr
    by_doc = {r["doc_id"]: r for r in recs}
    assert set(by_doc) == {"s1", "s2"}
    assert (by_doc["s1"]["sub_event_type"], by_doc["s1"]["location"]) == ("Air/drone strike", "Aleppo")
    assert by_doc["s1"]["url"] == "https://example.org/s1"
    assert by_doc["s1"]["date_start"] == "2016-03-07"
    assert by_doc["s2"]["location"] == "Ramadi"
    assert "2 articles read" in stderr_lines(proc)[-1] and "standard output" in stderr_lines(proc)[-1]


def test_bad_inputs_are_reported_one_line_each_and_the_rest_is_written(env, tmp_path: Path) -> None:
    src = tmp_path / "in"
    write_good(src)
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(b"\x00\x01\x02\x03binary\x00\xff" * 20)
    (src / "latin.txt").write_bytes(b"Rebels shelled the town. " + bytes(range(0x80, 0xA0)) * 4)
    (src / "badmeta.txt").write_text("Russian jets bombed Raqqa on Monday.\n", encoding="utf-8")
    (src / "badmeta.meta.json").write_text('{"published": "2016-03-10",', encoding="utf-8")
    (src / "baddate.txt").write_text("Russian jets bombed Raqqa on Monday.\n", encoding="utf-8")
    (src / "baddate.meta.json").write_text('{"published": "the tenth of Marchember"}', encoding="utf-8")
    (src / "archive.jsonl").write_text(
        json.dumps({"id": "j1", "text": "Russian jets bombed Aleppo on Monday.", "published": "2016-03-10"})
        + "\n{not json at all\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    proc = frontlog(env, "extract", str(src), "-o", str(out), "-q")
    assert proc.returncode != 0
    err = stderr_lines(proc)
    problems = {
        "empty.txt": "empty",
        "binary.txt": "binary",
        "latin.txt": "UTF-8",
        "badmeta.meta.json": "JSON",
        "baddate.meta.json": "published",
    }
    for name, what in problems.items():
        hits = [ln for ln in err[:-1] if name in ln]
        assert len(hits) == 1, (name, err)
        assert what in hits[0], hits[0]
    jsonl = [ln for ln in err[:-1] if "archive.jsonl" in ln]
    assert len(jsonl) == 1 and "line 2" in jsonl[0], err
    assert len(err) == 6 + 1, err  # six problems, one line each, then the summary
    # The good article and the good JSONL line are still extracted.
    recs = records(out.read_text(encoding="utf-8"))
    assert {r["doc_id"] for r in recs} == {"good", "j1"}
    good = [r for r in recs if r["doc_id"] == "good"]
    assert good[0]["sub_event_type"] == "Government regains territory" and good[0]["location"] == "Azaz"
    summary = err[-1]
    assert "2 articles read" in summary and "6 failed" in summary, summary


def test_a_run_where_every_article_fails_keeps_the_previous_output(env, tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "empty.txt").write_bytes(b"")
    (src / "broken.jsonl").write_text("nope\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("an earlier run's events\n", encoding="utf-8")
    proc = frontlog(env, "extract", str(src), "-o", str(out), "-q")
    assert proc.returncode == 1
    assert out.read_text(encoding="utf-8") == "an earlier run's events\n"  # nothing to write: nothing replaced
    assert "0 articles read" in stderr_lines(proc)[-1] and "2 failed" in stderr_lines(proc)[-1]
    assert "nothing written" in stderr_lines(proc)[-1]


def test_a_typo_in_the_input_path_exits_2_and_leaves_the_previous_output(env, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("an earlier run's events\n", encoding="utf-8")
    proc = frontlog(env, "extract", str(tmp_path / "no-such-folder"), "-o", str(out), "-q")
    assert proc.returncode == 2
    [line] = stderr_lines(proc)  # said once
    assert "no-such-folder" in line and "no such file or folder" in line
    assert out.read_text(encoding="utf-8") == "an earlier run's events\n"


def test_an_empty_folder_is_nothing_to_do_exit_2_and_no_output(env, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.doc").write_text("not an article", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("an earlier run's events\n", encoding="utf-8")
    proc = frontlog(env, "extract", str(tmp_path / "empty"), "-o", str(out), "-q")
    assert proc.returncode == 2
    assert "nothing to do" in proc.stderr
    assert out.read_text(encoding="utf-8") == "an earlier run's events\n"


def test_max_bytes_refuses_a_large_file_and_says_how_to_raise_it(env, tmp_path: Path) -> None:
    src = tmp_path / "in"
    write_good(src)
    size = (src / "good.txt").stat().st_size
    out = tmp_path / "out.jsonl"
    proc = frontlog(env, "extract", str(src), "-o", str(out), "-q", "--max-bytes", str(size - 1))
    assert proc.returncode != 0
    [msg] = [ln for ln in stderr_lines(proc)[:-1] if "good.txt" in ln]
    assert "--max-bytes" in msg
    assert not out.exists()  # no article read: nothing written
    # Raising the limit as told lets it through.
    proc = frontlog(env, "extract", str(src), "-o", str(out), "-q", "--max-bytes", str(size))
    assert proc.returncode == 0, proc.stderr
    assert [r["doc_id"] for r in records(out.read_text(encoding="utf-8"))] == ["good"]


def test_default_limit_refuses_a_file_above_it(env, tmp_path: Path) -> None:
    from frontlog.jobs.documents import DEFAULT_MAX_BYTES

    src = tmp_path / "in"
    write_good(src)
    (src / "huge.txt").write_bytes(b"Rebels shelled the town.\n" * (DEFAULT_MAX_BYTES // 25 + 10))
    out = tmp_path / "out.jsonl"
    proc = frontlog(env, "extract", str(src), "-o", str(out), "-q")
    assert proc.returncode != 0
    [msg] = [ln for ln in stderr_lines(proc)[:-1] if "huge.txt" in ln]
    assert "--max-bytes" in msg
    assert [r["doc_id"] for r in records(out.read_text(encoding="utf-8"))] == ["good"]


# ------------------------------------------------------------------------------ nothing half-written


def test_output_folder_is_created(env, tmp_path: Path) -> None:
    src = tmp_path / "in"
    write_good(src)
    out = tmp_path / "not" / "yet" / "there" / "events.jsonl"
    proc = frontlog(env, "extract", str(src), "-o", str(out), "-q")
    assert proc.returncode == 0, proc.stderr
    assert [r["doc_id"] for r in records(out.read_text(encoding="utf-8"))] == ["good"]
    assert sorted(p.name for p in out.parent.iterdir()) == ["events.jsonl"]


def test_an_extractor_crash_on_one_article_is_reported_and_the_others_still_written(monkeypatch, capsys,
                                                                                      tmp_path: Path) -> None:
    import frontlog.extract.pipeline
    import frontlog.jobs.run

    src = tmp_path / "in"
    write_good(src)
    (src / "second.txt").write_text("Rebels shelled the town of Azaz on Sunday.\n", encoding="utf-8")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "events.jsonl"
    real = frontlog.extract.pipeline.extract_batch

    def crash_on_good(articles, stats):
        if any(a.id == "good" for a in articles):
            raise RuntimeError("extractor crashed")
        return real(articles, stats)

    monkeypatch.setattr(frontlog.extract.pipeline, "extract_batch", crash_on_good)
    assert cli.main(["extract", str(src), "-o", str(out), "-q"]) == 3  # a bug of frontlog's, not a bad input
    err = capsys.readouterr().err
    assert f"{src / 'good.txt'}: frontlog failed on article 'good' (RuntimeError: extractor crashed): please " \
           "report it" in err
    assert "1 articles read" in err.splitlines()[-1] and "1 failed" in err.splitlines()[-1]
    assert all(json.loads(line)["doc_id"] == "second" for line in out.read_text(encoding="utf-8").splitlines())
    assert [p.name for p in out_dir.iterdir()] == ["events.jsonl"]  # no temp file left behind


def test_a_failure_while_writing_leaves_no_temp_file(monkeypatch, tmp_path: Path) -> None:
    import frontlog.extract.pipeline
    import frontlog.jobs.run

    src = tmp_path / "in"
    write_good(src)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "events.jsonl"
    out.write_text("previous run\n", encoding="utf-8")

    real_replace = os.replace

    def no_rename(src_path, dst_path, *args, **kwargs):
        # Only the final rename of the output fails (the disk fills up); anything else works as usual.
        if Path(dst_path) == out:
            raise OSError(28, "No space left on device")
        return real_replace(src_path, dst_path, *args, **kwargs)

    import frontlog.knowledge.paths

    monkeypatch.setattr(frontlog.knowledge.paths.os, "replace", no_rename)
    assert cli.main(["extract", str(src), "-o", str(out), "-q"]) == 2
    monkeypatch.undo()
    assert out.read_text(encoding="utf-8") == "previous run\n"
    assert [p.name for p in out_dir.iterdir()] == ["events.jsonl"]


def test_interrupted_run_writes_nothing(monkeypatch, tmp_path: Path, capsys) -> None:
    import frontlog.extract.pipeline
    import frontlog.jobs.run

    src = tmp_path / "in"
    write_good(src)
    out = tmp_path / "events.jsonl"

    def interrupt(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(frontlog.extract.pipeline, "extract_batch", interrupt)
    assert cli.main(["extract", str(src), "-o", str(out), "-q"]) == 130
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["in"]
    assert "nothing was written" in capsys.readouterr().err


# --------------------------------------------------------------------------------------------- eval


def _gold_event(doc: str, sub: str, location: str, lat: float, lon: float, day: str) -> dict:
    return {"doc_id": doc, "event_type": SUB_TO_TYPE[sub], "sub_event_type": sub, "actor1": None, "actor2": None,
            "location": location, "latitude": lat, "longitude": lon, "date_start": day, "date_end": day}


def test_eval_prints_precision_recall_f1(tmp_path: Path, capsys) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    g1 = _gold_event("d1", "Air/drone strike", "Aleppo", 36.2012, 37.1612, "2016-03-07")
    g2 = _gold_event("d1", "Government regains territory", "Azaz", 36.5866, 37.0463, "2016-03-08")
    (gold / "d1.jsonl").write_text(json.dumps(g1) + "\n" + json.dumps(g2) + "\n", encoding="utf-8")
    hit = dict(g1)
    miss = _gold_event("d1", "Attack", "Raqqa", 35.9528, 39.0079, "2016-03-07")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps(hit) + "\n" + json.dumps(miss) + "\n", encoding="utf-8")
    assert cli.main(["eval", str(pred), str(gold)]) == 0
    out = capsys.readouterr().out
    assert "predicted 2, gold 2, matched 1" in out
    assert "precision 0.500" in out and "recall 0.500" in out and "F1 0.500" in out


def test_eval_missing_prediction_file_is_one_line_exit_2(tmp_path: Path, capsys) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    assert cli.main(["eval", str(tmp_path / "nope.jsonl"), str(gold)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "nope.jsonl" in err[0]


def test_eval_folder_without_gold_is_one_line_exit_2(tmp_path: Path, capsys) -> None:
    pred = tmp_path / "pred.jsonl"
    pred.write_text("", encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    assert cli.main(["eval", str(pred), str(empty)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "empty" in err[0] and "gold" in err[0]


def test_eval_as_a_subprocess_reports_errors_with_exit_2(env, tmp_path: Path) -> None:
    proc = frontlog(env, "eval", str(tmp_path / "missing.jsonl"), str(tmp_path))
    assert proc.returncode == 2
    assert len(stderr_lines(proc)) == 1 and "missing.jsonl" in proc.stderr


# ---------------------------------------------------------------------------------------- gazetteer

VILLAGE = "Tell Zarqawiyat al-Fawqa"  # invented; not in GeoNames cities500
VILLAGE_LAT, VILLAGE_LON = 36.4321, 37.7654  # in northern Syria


def _geonames_row(gid: int, name: str, ascii_name: str, lat: float, lon: float, fclass: str, fcode: str,
                  cc: str, pop: int) -> str:
    cols = [str(gid), name, ascii_name, "", f"{lat}", f"{lon}", fclass, fcode, cc, "", "01", "", "", "",
            str(pop), "", "350", "Asia/Damascus", "2024-01-01"]
    assert len(cols) == 19
    return "\t".join(cols) + "\n"


def test_gazetteer_import_lets_extract_place_a_village(env, tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "v.txt").write_text(
        f"Village falls\n\nSyrian government forces captured the village of {VILLAGE} on Tuesday.\n", encoding="utf-8"
    )
    (src / "v.meta.json").write_text('{"published": "2016-03-10"}', encoding="utf-8")
    out = tmp_path / "before.jsonl"
    proc = frontlog(env, "extract", str(src), "-o", str(out), "-q")
    assert proc.returncode == 0, proc.stderr
    # Unknown to the gazetteer, the village is at most kept as written at its country's point, unresolved.
    before = [r for r in records(out.read_text(encoding="utf-8")) if r["location"] == VILLAGE]
    assert all(r["location_resolved"] is False and r["geo_precision"] == 3 for r in before)

    dump = tmp_path / "SY.txt"
    dump.write_text(
        _geonames_row(99000001, VILLAGE, VILLAGE, VILLAGE_LAT, VILLAGE_LON, "P", "PPL", "SY", 0)
        + _geonames_row(99000002, "Some Stream", "Some Stream", 36.1, 37.1, "H", "STM", "SY", 0),  # not a place
        encoding="utf-8",
    )
    proc = frontlog(env, "gazetteer", "import", str(dump))
    assert proc.returncode == 0, proc.stderr
    assert "imported 1 places" in proc.stderr

    out = tmp_path / "after.jsonl"
    proc = frontlog(env, "extract", str(src), "-o", str(out), "-q")
    assert proc.returncode == 0, proc.stderr
    [rec] = records(out.read_text(encoding="utf-8"))
    assert rec["location"] == VILLAGE and rec["country"] == "SY"
    assert (rec["latitude"], rec["longitude"]) == (VILLAGE_LAT, VILLAGE_LON) and rec["location_resolved"] is not False
    assert rec["geo_precision"] == 1
    assert rec["sub_event_type"] == "Government regains territory"


def test_gazetteer_import_of_a_malformed_dump_is_one_line_exit_2(env, tmp_path: Path) -> None:
    dump = tmp_path / "XX.txt"
    dump.write_text("123\tOnly\tthree columns\n", encoding="utf-8")
    proc = frontlog(env, "gazetteer", "import", str(dump))
    assert proc.returncode == 2
    err = stderr_lines(proc)
    assert len(err) == 1 and "line 1" in err[0] and "19" in err[0]
    assert not (Path(env["FRONTLOG_HOME"]) / "places" / "XX.tsv").exists()


# ----------------------------------------------------------------------------------------- start-up


def test_startup_time_of_extract_on_one_short_article(env, tmp_path: Path) -> None:
    src = tmp_path / "one.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "Russian jets bombed Aleppo on Monday.",
                               "published": "2016-03-10"}) + "\n", encoding="utf-8")
    frontlog(env, "extract", str(src), "-o", str(tmp_path / "warm.jsonl"), "-q")  # index and caches warm
    t = time.perf_counter()
    proc = frontlog(env, "extract", str(src), "-o", str(tmp_path / "out.jsonl"), "-q")
    wall = time.perf_counter() - t
    assert proc.returncode == 0, proc.stderr
    print(f"\n`frontlog extract` on one short article: {wall:.2f} s wall (target < 3 s)")


def test_extract_starts_without_spacys_command_line(tmp_path: Path) -> None:
    """Start-up (issue 12): `frontlog extract` in a fresh process does not import spaCy's own command line
    (typer, rich, httpx, weasel: half a second), and `spacy.info()` and `spacy.cli` still work after it."""
    article = tmp_path / "one.txt"
    article.write_text("Rebels shelled the town of Azaz on Sunday, killing three civilians.\n", encoding="utf-8")
    script = (
        "import sys, json\n"
        "from frontlog.cli.commands import main\n"
        f"code = main(['extract', '-q', '-j', '1', {str(article)!r}, '-o', {str(tmp_path / 'o.jsonl')!r}])\n"
        "loaded = sorted(m for m in ('spacy.cli', 'typer', 'rich', 'httpx', 'weasel') if m in sys.modules)\n"
        "import spacy\n"
        "info = spacy.info(silent=True)\n"
        "import spacy.cli\n"
        "print(json.dumps([code, loaded, 'spacy_version' in info, callable(spacy.cli.download)]))\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=600,
                          env={**os.environ, "FRONTLOG_HOME": str(tmp_path / "home")})
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.splitlines()[-1]) == [0, [], True, True]
    assert json.loads((tmp_path / "o.jsonl").read_text(encoding="utf-8").splitlines()[0])["location"] == "Azaz"
