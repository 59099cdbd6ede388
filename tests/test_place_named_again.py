"""A name the text once called a place is that place wherever it comes again, cue or none (rule place.unresolved;
issue 9, session 17: benchmarks/wire3's first contact): "bombed the village of Vindza, near Kindamba ... the army
said it had retaken Vindza". Through the whole extractor, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2016, 5, 12)


def test_a_village_named_again_bare_is_the_village_told_before() -> None:
    events = run("On 5 April, government helicopters bombed the village of Vindza, near Kindamba, residents said.\n\n"
                 "On 9 May, the army said it had retaken Vindza and that the rebels had fled into the forest.",
                 published=PUBLISHED)
    assert sorted((e.sub_event_type, e.location) for e in events) == [
        ("Air/drone strike", "Vindza"), ("Government regains territory", "Vindza")]


def test_a_bare_name_never_called_a_place_is_still_no_place() -> None:
    events = run("On 9 May, the army said it had retaken Vindza and that the rebels had fled into the forest.",
                 published=PUBLISHED)
    assert events == []


def test_the_far_end_of_a_stretch_named_again_is_no_second_place() -> None:
    events = run("Clan fighters burned houses near Wapenamanda last year.\n\nOn Monday, gunmen shot dead a "
                 "schoolteacher on the road between Wabag and Wapenamanda, a church official said.",
                 published=PUBLISHED)
    assert [e.location for e in events if e.sub_event_type == "Attack"] == ["Wabag"]
