"""Nothing lost, no surprises (issue 10): one bad input costs only itself, limits give messages instead of blow-ups,
output files are written only when there is something to write and never over what is not a plain file, and the
exit code tells a script what happened. Everything runs the real reader, extractor, store and command line."""

from __future__ import annotations

import io
import json
import os
import stat
import time
from pathlib import Path

import pytest

from frontlog import cli
from frontlog.jobs.documents import DocumentError, iter_articles
from test_storage import EXAMPLES

GOOD = "Syrian jets struck the town of Saraqeb in Idlib province on Monday, killing five civilians, a monitor said.\n"
META = {"published": "2019-05-22", "url": "https://example.org/good"}


def good_folder(folder: Path, name: str = "good") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text("Jets strike Saraqeb\n\n" + GOOD, encoding="utf-8")
    (folder / f"{name}.meta.json").write_text(json.dumps(META), encoding="utf-8")
    return folder


def run(capsys, *args: str) -> tuple[int, list[str], str]:
    capsys.readouterr()
    code = cli.main(list(args))
    captured = capsys.readouterr()
    return code, [ln for ln in captured.err.splitlines() if ln.strip()], captured.out


def doc_ids(path: Path) -> list[str]:
    return [json.loads(line)["doc_id"] for line in path.read_text(encoding="utf-8").splitlines()]


# ------------------------------------------------------------------------------------ hostile JSON and text


DEEP = "[" * 100_000 + "]" * 100_000
HUGE_INT = "9" * 5000


@pytest.mark.parametrize("where", ["meta", "jsonl", "stdin"])
@pytest.mark.parametrize("bad", ["deep", "huge_int"])
def test_deep_json_or_a_5000_digit_number_is_one_named_error_and_the_good_article_is_written(
        tmp_path: Path, capsys, monkeypatch, where: str, bad: str) -> None:
    value = DEEP if bad == "deep" else HUGE_INT
    src = good_folder(tmp_path / "in")
    line = '{"id": "hostile", "text": "Rebels shelled Azaz.", "extra": ' + value + "}\n"
    if where == "meta":
        (src / "hostile.txt").write_text("Rebels shelled Azaz.\n", encoding="utf-8")
        (src / "hostile.meta.json").write_text('{"published": "2019-05-22", "x": ' + value + "}", encoding="utf-8")
        inputs = [str(src)]
    elif where == "jsonl":
        (src / "archive.jsonl").write_text(line + json.dumps({"id": "after", "text": GOOD}) + "\n", encoding="utf-8")
        inputs = [str(src)]
    else:
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(line.encode())))
        inputs = [str(src), "-"]
    out = tmp_path / "events.jsonl"
    code, err, _ = run(capsys, "extract", *inputs, "-o", str(out), "-q")
    assert code == 1
    [error] = [ln for ln in err if ln.startswith("error:")]
    assert ("nested too deeply" if bad == "deep" else "4300 digits") in error
    assert "please report" not in error  # the input's fault, said as such
    assert "good" in doc_ids(out)
    if where == "jsonl":
        assert "after" in doc_ids(out)  # the line after the bad one is still read


def test_lone_surrogates_in_url_and_id_are_written_as_replacement_characters(tmp_path: Path, capsys) -> None:
    src = good_folder(tmp_path / "in")
    line = ('{"id": "odd\\udc80", "url": "https://example.org/\\ud800x", "published": "2019-05-22", '
            '"text": "Syrian jets struck Saraqeb on Monday, killing five civilians.\\udfff"}\n')
    (src / "odd.jsonl").write_text(line, encoding="utf-8")
    out = tmp_path / "events.jsonl"
    code, _err, _ = run(capsys, "extract", str(src), "-o", str(out), "-q")
    assert code == 0
    records = [json.loads(ln) for ln in out.read_text(encoding="utf-8").splitlines()]
    odd = [r for r in records if r["doc_id"] == "odd\ufffd"]
    assert odd and odd[0]["url"] == "https://example.org/\ufffdx"
    assert "good" in {r["doc_id"] for r in records}
    code, _err, stdout = run(capsys, "extract", str(src / "odd.jsonl"), "-o", "-", "-q")
    assert code == 0 and "odd\ufffd" in stdout  # standard output too


def test_a_text_longer_than_the_model_reads_is_refused_with_a_message_whatever_max_bytes_says(
        tmp_path: Path, capsys) -> None:
    from frontlog.extract.nlp import MAX_CHARS, load_nlp

    assert load_nlp().max_length >= MAX_CHARS  # the readers' limit is never above the pipeline's
    src = good_folder(tmp_path / "in")
    (src / "long.txt").write_text("Jets struck Saraqeb. " * (MAX_CHARS // 21 + 10), encoding="utf-8")
    out = tmp_path / "events.jsonl"
    code, err, _ = run(capsys, "extract", str(src), "-o", str(out), "-q", "--max-bytes", "50000000")
    assert code == 1
    [error] = [ln for ln in err if ln.startswith("error:")]
    assert "long.txt" in error and "the language model reads: split the article" in error
    assert doc_ids(out) == ["good"]


def test_a_long_run_of_punctuation_is_cut_before_the_parser_and_the_sentence_still_read(tmp_path: Path,
                                                                                       capsys) -> None:
    from frontlog.extract.nlp import MAX_PUNCT_RUN, guard_text

    assert guard_text("a " + "!" * 30_000 + " b") == "a " + "!" * MAX_PUNCT_RUN + " b"
    assert guard_text("Wait... what?! (Really.)") == "Wait... what?! (Really.)"  # ordinary punctuation untouched
    src = tmp_path / "in"
    src.mkdir()
    (src / "noisy.txt").write_text("Jets strike Saraqeb\n\n" + "&amp;" * 4000 + " " + ")" * 30_000 + "\n\n" + GOOD,
                                   encoding="utf-8")
    (src / "noisy.meta.json").write_text(json.dumps(META), encoding="utf-8")
    out = tmp_path / "events.jsonl"
    code, _err, _ = run(capsys, "extract", str(src), "-o", str(out), "-q")
    assert code == 0 and "noisy" in doc_ids(out)


@pytest.mark.parametrize("sentence", ["In the year 000 rebels captured Saraqeb.",
                                      "In the year 9999 jets bombed Saraqeb.",
                                      "In the year 100 troops seized Saraqeb.",
                                      "Rebels captured Saraqeb 9999 years ago."])
def test_an_absurd_year_leaves_the_act_undated_instead_of_failing_or_dating_it(sentence: str) -> None:
    import datetime as dt

    from frontlog.extract.dates import MIN_YEAR, find_time_expressions
    from frontlog.extract.pipeline import extract_batch
    from frontlog.model.records import Article

    for pub in (None, dt.date(2019, 5, 22)):
        for t in find_time_expressions(sentence, pub):
            assert t.date_start is None or MIN_YEAR <= t.date_start.year <= (pub or dt.date.today()).year + 1
    [events] = extract_batch([Article(id="absurd", text="Fighting in Idlib\n\n" + sentence)])
    assert all(e.date_start is None for e in events)
    [events] = extract_batch([Article(id="absurd", text="Fighting in Idlib\n\n" + sentence,
                                      published=dt.date(2019, 5, 22))])
    assert all(e.date_start is None or "1000" <= e.date_start <= "2020" for e in events)


def test_an_article_over_its_time_budget_is_a_named_error_and_the_run_goes_on(tmp_path: Path, capsys,
                                                                              monkeypatch) -> None:
    import frontlog.extract.pipeline as extract

    src = good_folder(tmp_path / "in")
    good_folder(src, "slow")
    real = extract._ArticleContext.__init__

    def slow_for_one(self, article, *args, **kwargs):
        real(self, article, *args, **kwargs)
        if article.id == "slow":
            time.sleep(0.3)  # stands for an article whose reading takes too long

    monkeypatch.setattr(extract._ArticleContext, "__init__", slow_for_one)
    monkeypatch.setattr(extract, "ARTICLE_SECONDS", 0.2)
    out = tmp_path / "events.jsonl"
    code, err, _ = run(capsys, "extract", str(src), "-o", str(out), "-q")
    assert code == 1  # an input over a limit, not a bug
    [error] = [ln for ln in err if ln.startswith("error:")]
    assert "slow.txt" in error and "budget of one article" in error
    assert doc_ids(out) == ["good"]


# ------------------------------------------------------------------------------------- the reader, the .html


def test_a_saved_web_page_gives_its_article_and_events(capsys) -> None:
    [article] = [a for a in iter_articles([str(EXAMPLES / "ex-004.html")])]
    assert not isinstance(article, DocumentError)
    assert article.title == "Drone strike hits fuel depot near Kherson" and article.published.isoformat() == \
        "2023-08-14"
    assert "Most read" not in article.text and "Subscribe" not in article.text  # the page's furniture is not read
    code, _err, out = run(capsys, "extract", str(EXAMPLES / "ex-004.html"), "-q")
    assert code == 0 and any(json.loads(ln)["location"] == "Kherson" for ln in out.splitlines())


# ------------------------------------------------------------------------------------------- exit codes, ingest


def test_ingest_stores_the_others_when_the_extractor_fails_on_one_and_exits_3(tmp_path: Path, capsys,
                                                                               monkeypatch) -> None:
    import frontlog.extract.pipeline as extract

    src = good_folder(tmp_path / "in")
    good_folder(src, "cursed")
    real = extract.extract_batch

    def fail_on_cursed(articles, stats=None):
        if any(a.id == "cursed" for a in articles):
            raise RuntimeError("boom")
        return real(articles, stats)

    monkeypatch.setattr(extract, "extract_batch", fail_on_cursed)
    db = tmp_path / "f.db"
    code, err, _ = run(capsys, "ingest", str(src), "--db", str(db), "-q")
    assert code == 3
    [error] = [ln for ln in err if ln.startswith("error:")]
    assert "'cursed'" in error and "please report" in error
    assert "1 new" in err[-1]
    monkeypatch.undo()
    code, err, _ = run(capsys, "ingest", str(src), "--db", str(db), "-q")  # fixed: the next run adds it
    assert code == 0 and "1 new" in err[-1] and "1 unchanged" in err[-1]


@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_a_missing_input_or_an_empty_folder_exits_2_and_says_so_once(tmp_path: Path, capsys, command: str) -> None:
    (tmp_path / "empty").mkdir()
    extra = ["--db", str(tmp_path / "f.db")] if command == "ingest" else ["-o", str(tmp_path / "o.jsonl")]
    code, err, _ = run(capsys, command, str(tmp_path / "typo"), *extra, "-q")
    assert code == 2 and len(err) == 1 and "no such file or folder" in err[0]
    code, err, _ = run(capsys, command, str(tmp_path / "empty"), *extra, "-q")
    assert code == 2 and "nothing to do" in err[-1]
    assert not (tmp_path / "o.jsonl").exists()


def test_an_internal_crash_outside_any_article_exits_3_with_please_report(tmp_path: Path, capsys,
                                                                          monkeypatch) -> None:
    import frontlog.jobs.run

    def broken(*args, **kwargs):
        raise KeyError("a bug")

    monkeypatch.setattr(frontlog.jobs.run, "count_inputs", broken)
    code, err, _ = run(capsys, "extract", str(good_folder(tmp_path / "in")), "-o", str(tmp_path / "o.jsonl"))
    assert code == 3
    assert any("internal error" in ln for ln in err) and any("please report" in ln for ln in err)


# --------------------------------------------------------------------------------------------- output files


@pytest.fixture
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("rel") / "f.db"
    assert cli.main(["ingest", str(EXAMPLES), "--db", str(db), "-q"]) == 0
    return db


def _export(db: Path, out: Path | str) -> list[str]:
    return ["export", "--db", str(db), "--format", "jsonl", "-o", str(out)]


@pytest.mark.parametrize("command", ["extract", "export"])
def test_output_is_refused_through_a_symlink_over_a_device_or_a_folder_before_any_work(
        tmp_path: Path, capsys, store: Path, command: str) -> None:
    src = good_folder(tmp_path / "in")
    real = tmp_path / "real.jsonl"
    real.write_text("kept\n", encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    folder = tmp_path / "folder"
    folder.mkdir()
    for target, says in ((link, "symbolic link"), (Path(os.devnull), "not a regular file"), (folder, "folder")):
        args = ["extract", str(src), "-o", str(target), "-q"] if command == "extract" else _export(store, target)
        code, err, _ = run(capsys, *args)
        assert code == 2 and len(err) == 1 and says in err[0], err
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "kept\n"
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("command", ["extract", "export"])
def test_output_files_get_the_umask_permissions(tmp_path: Path, capsys, store: Path, command: str) -> None:
    src = good_folder(tmp_path / "in")
    old = os.umask(0o022)
    try:
        out = tmp_path / "events.jsonl"
        args = ["extract", str(src), "-o", str(out), "-q"] if command == "extract" else _export(store, out)
        assert run(capsys, *args)[0] == 0
        assert stat.S_IMODE(out.stat().st_mode) == 0o644
    finally:
        os.umask(old)


# -------------------------------------------------------------------------------------- dataset commands


def _first_event(db: Path, capsys) -> dict:
    code, _err, out = run(capsys, "events", "--db", str(db), "--format", "jsonl")
    return json.loads(out.splitlines()[0])


def test_correct_refuses_a_start_after_the_end_and_an_unknown_actor_unless_forced(store: Path, capsys) -> None:
    ev = _first_event(store, capsys)
    code, err, _ = run(capsys, "correct", ev["id"], "--db", str(store), "--set", "date_start=2999-01-01",
                       "--by", "t")
    assert code == 2 and "is after date_end" in err[0]
    code, err, _ = run(capsys, "correct", ev["id"], "--db", str(store), "--set", "actor1=Martians", "--by", "t")
    assert code == 2 and "not in the actor table" in err[0] and "--force" in err[0]
    code, err, _ = run(capsys, "correct", ev["id"], "--db", str(store), "--set", "actor1=Martians", "--force",
                       "--by", "t")
    assert code == 0
    assert _first_event(store, capsys)["actor1"] == "Martians"


def test_reject_undo_on_an_event_that_is_not_rejected_says_so(store: Path, capsys) -> None:
    ev = _first_event(store, capsys)
    code, err, _ = run(capsys, "reject", ev["id"], "--db", str(store), "--undo", "--by", "t")
    assert code == 2 and "is not rejected" in err[0] and "restored" not in err[0]


def test_db_in_a_missing_folder_says_the_folder_is_missing(tmp_path: Path, capsys) -> None:
    code, err, _ = run(capsys, "events", "--db", str(tmp_path / "nowhere" / "f.db"))
    assert code == 2 and "does not exist" in err[0] and "nowhere" in err[0]


def test_since_after_until_is_an_error_and_an_empty_answer_says_nothing_matched(store: Path, capsys) -> None:
    code, err, _ = run(capsys, "events", "--db", str(store), "--since", "2020-01-01", "--until", "2019-01-01")
    assert code == 2 and "after --until" in err[0]
    code, err, _ = run(capsys, "events", "--db", str(store), "--since", "2001-01-01", "--until", "2001-01-02")
    assert code == 0 and "nothing matched" in err[-1]
    code, err, _ = run(capsys, "control", "--db", str(store), "--at", "2001-01-01")
    assert code == 0 and "nothing matched" in err[-1]


def test_the_readme_examples_of_control_and_near_return_something_on_the_examples(store: Path, capsys) -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert "control --at 2019-05-22" in readme and "--near Idlib:50km" in readme
    code, err, out = run(capsys, "control", "--db", str(store), "--at", "2019-05-22", "--format", "table")
    assert code == 0 and "Kafranbel" in out and not any("nothing matched" in ln for ln in err)
    code, err, out = run(capsys, "events", "--db", str(store), "--near", "Idlib:50km")
    assert code == 0 and len(out.splitlines()) > 1


def test_nothing_at_run_time_imports_pandas() -> None:
    import subprocess
    import sys

    code = ("import sys, frontlog.cli, frontlog.jobs.run, frontlog.jobs.ingest, frontlog.dataset.export, "
            "frontlog.serve.api; sys.exit('pandas' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], timeout=120).returncode == 0


def test_escape_codes_in_an_article_do_not_reach_the_terminal(tmp_path: Path, capsys) -> None:
    from frontlog.cli import commands

    art = tmp_path / "esc.txt"
    art.write_text("Rebels captured the town of Saraqib on Monday.\x1b[2J\x1b]0;owned\x07\n", encoding="utf-8")
    (tmp_path / "esc.meta.json").write_text('{"published": "2019-05-22"}', encoding="utf-8")
    assert commands.main(["explain", str(art)]) == 0
    out = capsys.readouterr().out
    assert "Saraqib" in out and "\x1b" not in out and "\x07" not in out
    assert "\\x1b[2J" in out  # shown, not obeyed
    assert commands.terminal("a\tb\nc\x9bd") == "a\tb\nc\\x9bd"


def test_a_killed_writer_leaves_no_temporary_file_for_long(tmp_path: Path) -> None:
    import subprocess
    import sys

    from frontlog.knowledge.paths import atomic_output

    target = tmp_path / "events.csv"
    # A writer that dies (killed) in the middle: its temporary file stays beside the target...
    code = ("import os, sys; from frontlog.knowledge.paths import atomic_output\n"
            "with atomic_output(sys.argv[1]) as tmp:\n    tmp.write_text('half'); os._exit(9)\n")
    subprocess.run([sys.executable, "-c", code, str(target)], check=False)
    assert [p.name for p in tmp_path.iterdir()] and not target.exists()
    # ... until the next write to the same target removes it.
    with atomic_output(target) as tmp:
        tmp.write_text("whole", encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["events.csv"]
