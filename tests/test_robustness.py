"""Whatever a researcher feeds in: a result or one clear error, never a traceback or a hang,
and the raw input is never changed. Each bad input of issue 7 has a test here."""

from __future__ import annotations

import codecs
import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ARTICLE, SECOND_ARTICLE
from khabar import analyze, analyze_text, read_text
from khabar.errors import (
    InputNotAFileError,
    InputNotFoundError,
    InputUnreadableError,
    UndecodableInputError,
)


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "khabar", *args], capture_output=True, text=True, check=False
    )


def one_line_error(result: subprocess.CompletedProcess, fragment: str) -> None:
    lines = result.stderr.splitlines()
    assert result.returncode == 2, result.stderr
    assert len(lines) == 1 and fragment in lines[0] and "Traceback" not in result.stderr


def essentials(analysis) -> tuple:
    """What an analysis found, by raw offsets: the same whatever the bytes were."""
    names = {a.id: a.name for a in analysis.actors}
    return (
        analysis.cleaned.text,
        [(a.name, a.type, [(m.start, m.end, m.kind) for m in a.mentions]) for a in analysis.actors],
        [
            (names.get(c.speaker), c.text, c.start, c.end, c.mode, c.kind, c.themes)
            for c in analysis.claims
        ],
    )


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("content", [b"", b"   \n\n\t \r\n  \n"], ids=["empty", "whitespace"])
def test_empty_and_whitespace_only_files_give_an_empty_analysis(tmp_path, content):
    path = write(tmp_path, "blank.txt", content)
    analysis = analyze(path)
    assert (analysis.actors, analysis.claims, analysis.document.paragraphs) == ((), (), ())
    result = run("extract", str(path))
    assert result.returncode == 0 and '"claims": []' in result.stdout


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
        lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
        lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
        # Windows-1256 has no Persian ی: legacy text has the Arabic ي, which the cleaner folds
        lambda text: text.replace("ی", "ي").encode("cp1256"),
    ],
    ids=["utf-8-bom", "utf-16-le", "utf-16-be", "windows-1256"],
)
def test_the_same_article_in_any_supported_encoding_gives_the_same_analysis(
    tmp_path, seed_analysis, encode
):
    path = write(tmp_path, "article.txt", encode(read_text(ARTICLE)))
    assert essentials(analyze(path)) == essentials(seed_analysis)


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary data"),
        ("سلام\x00دنیا".encode(), "NUL bytes"),
    ],
    ids=["binary", "nul-bytes"],
)
def test_binary_data_and_nul_bytes_are_one_clear_error(tmp_path, data, fragment):
    path = write(tmp_path, "input.txt", data)
    with pytest.raises(UndecodableInputError, match=fragment):
        analyze(path)
    one_line_error(run("extract", str(path)), "input.txt")


def test_html_tags_are_dropped_text_kept_and_offsets_point_into_the_raw_html(
    tmp_path, seed_analysis
):
    article = read_text(ARTICLE)
    paragraphs = [p for p in article.split("\n") if p.strip()]
    html = (
        "<html><head><title>خبر</title><style>p { color: red }</style>"
        '<script>var x = "<p>نه</p>";</script></head>\n<body>\n'
        + "\n".join(f'<p class="text">{p.replace("و", "&#1608;", 1)}</p>' for p in paragraphs)
        + "\n<!-- footer -->\n</body></html>\n"
    )
    path = write(tmp_path, "page.html.txt", html.encode("utf-8"))
    analysis = analyze(path)
    assert "<p" not in analysis.cleaned.text and "&#" not in analysis.cleaned.text
    assert [c.text for c in analysis.claims] == [c.text for c in seed_analysis.claims]
    assert [a.name for a in analysis.actors] == [a.name for a in seed_analysis.actors]
    for claim in analysis.claims:
        cited = html[claim.start : claim.end]
        assert "<" not in cited, cited  # the claim's span lies inside one paragraph's text
        assert cited.replace("&#1608;", "و") == claim.text.replace("\u200c", "").replace(
            "به‌ویژه", "بویژه"
        ).replace("بهویژه", "بویژه")
    assert path.read_text(encoding="utf-8") == html  # the raw input is never changed


def test_latin_only_text_gives_no_actors_and_only_whitespace_changes(tmp_path):
    text = "The  governor met\tthe ambassador.\u00a0\nNo <b>Persian</b> here &amp; there.\n"
    analysis = analyze(write(tmp_path, "english.txt", text.encode()))
    assert analysis.actors == () and analysis.claims == ()
    assert (
        analysis.cleaned.text
        == "The governor met the ambassador.\nNo <b>Persian</b> here &amp; there.\n"
    )


def test_a_one_megabyte_article_completes_with_offsets_into_it(tmp_path):
    # 200 times a long news article; `make bench` measures how the time scales with size
    article = read_text(ARTICLE)
    copies = 1_000_000 // len(article.encode("utf-8")) + 1
    path = write(tmp_path, "big.txt", ("\n".join([article] * copies)).encode("utf-8"))
    assert path.stat().st_size >= 1_000_000
    analysis = analyze(path)
    assert len(analysis.claims) == 17 * copies
    last = analysis.claims[-1]
    assert 0 <= last.start < last.end <= len(analysis.raw)


def test_one_200000_character_line_without_punctuation_completes():
    words = ["همکاریهای", "اقتصادی", "استان", "و", "کشور", "در", "زمینه", "تجارت"]
    line = " ".join(words[i % len(words)] for i in range(40_000))[:200_000]
    analysis = analyze_text(line)
    assert len(analysis.raw) == 200_000
    assert analysis.cleaned.text.count("\u200c") >= 4_000
    assert all(0 <= t.raw_start <= t.raw_end <= len(line) for t in analysis.document.tokens)


def test_unbalanced_guillemets_still_give_claims():
    opened = analyze_text("سفیر بلاروس گفت: «همکاری دو کشور ادامه دارد.\n\nوی افزود: ما آماده‌ایم.»")
    closed_only = analyze_text("سفیر بلاروس گفت: همکاری ادامه دارد».")
    assert len(opened.claims) >= 2 and len(closed_only.claims) == 1
    assert all(c.start < c.end for c in opened.claims + closed_only.claims)


def test_a_directory_a_missing_file_and_a_fifo_are_clear_errors(tmp_path):
    with pytest.raises(InputNotAFileError):
        analyze(tmp_path)
    with pytest.raises(InputNotFoundError):
        analyze(tmp_path / "missing.txt")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # reading it would block forever: refused before any read
    with pytest.raises(InputNotAFileError):
        analyze(fifo)
    one_line_error(run("extract", str(tmp_path / "missing.txt")), "no such file")
    one_line_error(run("extract", str(fifo)), "not a regular file")


def test_an_unreadable_file_is_a_clear_error(tmp_path, monkeypatch):
    path = write(tmp_path, "secret.txt", "خبر".encode())
    if os.geteuid() != 0:  # root reads any file: there, simulate the refusal
        path.chmod(0)
        one_line_error(run("extract", str(path)), "cannot be read")
    else:

        def refuse(self):
            raise PermissionError(13, "Permission denied", str(self))

        monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(InputUnreadableError, match="cannot be read"):
        analyze(path)


def test_inputs_are_never_modified(tmp_path):
    paths = [ARTICLE, SECOND_ARTICLE]
    before = [hashlib.sha256(p.read_bytes()).hexdigest() for p in paths]
    for path in paths:
        analyze(path)
        run("clean", str(path))
    assert [hashlib.sha256(p.read_bytes()).hexdigest() for p in paths] == before
