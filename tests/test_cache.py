"""The caches: an analysis and the built lexicons are reused, and never go stale."""

from khabar import analyze, cache
from khabar.lexicon import REPO_ROOT

ARTICLE = REPO_ROOT / "data" / "raw" / "000_3573e85439a7b76f.txt"


def test_a_cached_analysis_is_the_analysis(tmp_path):
    first = analyze(ARTICLE, cache=True, cache_dir=tmp_path)
    assert len(list(tmp_path.glob("*.pickle"))) == 1
    again = analyze(ARTICLE, cache=True, cache_dir=tmp_path)
    assert again.to_dict() == first.to_dict() == analyze(ARTICLE).to_dict()


def test_a_corrupt_cache_file_is_recomputed(tmp_path):
    analyze(ARTICLE, cache=True, cache_dir=tmp_path)
    (cached,) = tmp_path.glob("*.pickle")
    cached.write_bytes(b"not a pickle")
    assert analyze(ARTICLE, cache=True, cache_dir=tmp_path).claims


def test_built_values_are_stored_once_and_stale_ones_removed(monkeypatch, tmp_path):
    monkeypatch.setattr(cache, "BUILT_DIR", tmp_path)
    (tmp_path / "thing-0000000000000000.pickle").write_bytes(b"old")
    calls = []
    assert cache.built("thing", lambda: calls.append(1) or {"x": 1}) == {"x": 1}
    assert cache.built("thing", lambda: calls.append(1) or {"x": 2}) == {"x": 1}
    assert calls == [1]
    assert [p.name for p in tmp_path.iterdir()] == [
        f"thing-{cache.analysis_fingerprint()[:16]}.pickle"
    ]


def test_storing_an_entry_leaves_entries_whose_names_extend_its_own(monkeypatch, tmp_path):
    monkeypatch.setattr(cache, "BUILT_DIR", tmp_path)
    longer = tmp_path / "thing-extra-0000000000000000.pickle"
    longer.write_bytes(b"another entry")
    cache.built("thing", dict)
    assert longer.exists()


def test_an_analysis_from_older_code_is_removed_not_kept(tmp_path):
    current = analyze(ARTICLE, cache=True, cache_dir=tmp_path)
    (cached,) = tmp_path.glob("*.pickle")
    older = tmp_path / f"{cached.name.split('-')[0]}-0000000000000000.pickle"
    other_article = tmp_path / f"{'0' * 64}-0000000000000000.pickle"
    older.write_bytes(b"old")
    other_article.write_bytes(b"old")
    cached.unlink()
    assert analyze(ARTICLE, cache=True, cache_dir=tmp_path).to_dict() == current.to_dict()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([cached.name, other_article.name])


def test_a_built_entry_of_any_bytes_is_rebuilt_never_raised(monkeypatch, tmp_path):
    import pickle
    import random

    monkeypatch.setattr(cache, "BUILT_DIR", tmp_path)
    path = tmp_path / f"thing-{cache.analysis_fingerprint()[:16]}.pickle"
    rng = random.Random(0)
    garbage = [
        b"",
        b"\x80",  # a protocol marker and nothing after it
        b"\x80\x05K\x01.",  # a valid pickle of the wrong thing (the int 1)
        pickle.dumps({"x": 1}),  # a valid pickle without the entry's name
        b"garbage that pickle.load reads as opcodes",
        *(bytes(rng.randrange(256) for _ in range(rng.randrange(1, 200))) for _ in range(200)),
    ]
    for content in garbage:
        path.write_bytes(content)
        assert cache.built("thing", lambda: {"x": 2}) == {"x": 2}
        assert cache.built("thing", lambda: {"x": 3}) == {"x": 2}  # rebuilt and stored


def test_analysing_and_building_corpus_tables_never_import_presentation_modules(tmp_path):
    """Otherwise a change to such a module could change an analysis without making its
    cache stale."""
    import subprocess
    import sys

    corpus = REPO_ROOT / "tests" / "fixtures" / "corpus"
    script = (
        "import sys\n"
        "from khabar import analyze\n"
        "from khabar.corpus_build import build_tables\n"
        f"analyze({str(ARTICLE)!r})\n"
        f"build_tables({str(corpus)!r}, out={str(tmp_path)!r}, jobs=1, progress=False,"
        f" cache_dir={str(tmp_path / 'cache')!r})\n"
        "print(' '.join(m for m in sys.modules if m.startswith('khabar.')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    loaded = {name.split(".")[1] for name in result.stdout.split()}
    assert {"actors", "claims", "corpus_actors", "topics"} <= loaded  # the run did analyse
    assert not loaded & set(cache.PRESENTATION_MODULES), loaded & set(cache.PRESENTATION_MODULES)
