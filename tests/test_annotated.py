"""The annotated article: every claim and mention marks exactly its text, right to left,
escaped, and rendered so by a real browser (headless Chromium, when installed)."""

from __future__ import annotations

import html
import json
import shutil
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

from khabar import analyze, analyze_text
from khabar.annotated import annotated_html, write_annotated

FIXTURES = Path(__file__).parent / "fixtures" / "articles"
ARTICLES = [
    Path(__file__).parents[1] / "data" / "raw" / "000_3573e85439a7b76f.txt",
    FIXTURES / "village_council_unknown_speakers.txt",
    FIXTURES / "summit_many_actors.txt",
]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


class _Marks(HTMLParser):
    """The text inside every element carrying a given attribute, by its value."""

    def __init__(self, attribute: str) -> None:
        super().__init__(convert_charrefs=True)
        self.attribute, self.stack, self.texts = attribute, [], {}
        self.elements: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append(tag)
        self.stack.append(dict(attrs).get(self.attribute))

    def handle_endtag(self, tag):
        self.stack.pop()

    def handle_data(self, data):
        for value in filter(None, self.stack):
            self.texts[value] = self.texts.get(value, "") + data


def marked_texts(fragment: str, attribute: str) -> dict[str, str]:
    parser = _Marks(attribute)
    parser.feed(fragment)
    return parser.texts


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_every_claim_and_mention_marks_exactly_its_raw_text(path):
    analysis = analyze(path, cache=True)
    fragment = annotated_html(analysis)
    claims = marked_texts(fragment, "data-claim")
    assert claims == {c.id: analysis.raw[c.start : c.end] for c in analysis.claims}
    mentions = marked_texts(fragment, "data-actor")
    for actor in analysis.actors:
        assert mentions[actor.id] == "".join(
            m.text for m in sorted(actor.mentions, key=lambda m: m.start)
        )


def test_article_text_is_escaped():
    analysis = analyze_text('خبر\nوزیر گفت: <script>alert("x")</script> و <b>این</b> & آن.\n')
    parser = _Marks("data-claim")
    parser.feed(annotated_html(analysis))
    assert "script" not in parser.elements and "b" not in parser.elements


def test_an_empty_article_still_renders():
    assert 'dir="rtl"' in annotated_html(analyze_text(""))


CHECK = """
<script>
const expected = %s;
const box = document.querySelector('.khabar-annotated');
const result = {direction: getComputedStyle(box).direction, claims: {}, visible: true};
for (const [id, text] of Object.entries(expected)) {
  const pieces = [...document.querySelectorAll('[data-claim="' + id + '"]')];
  result.claims[id] = pieces.map(p => p.textContent).join('');
  for (const p of pieces) {
    const r = p.getBoundingClientRect();
    if (p.textContent.trim() && (r.width <= 0 || r.height <= 0)) result.visible = false;
  }
}
const out = document.createElement('pre');
out.id = 'khabar-check';
out.textContent = JSON.stringify(result);
document.body.appendChild(out);
</script>
"""


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")
@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_chromium_renders_it_right_to_left_with_every_claim_inside_its_mark(path, tmp_path):
    analysis = analyze(path, cache=True)
    page = write_annotated(analysis, tmp_path / "annotated.html")
    expected = {c.id: analysis.raw[c.start : c.end] for c in analysis.claims}
    script = CHECK % json.dumps(expected, ensure_ascii=False)
    page.write_text(
        page.read_text(encoding="utf-8").replace("</body>", script + "</body>"), encoding="utf-8"
    )
    with tempfile.TemporaryDirectory() as profile:
        dom = subprocess.run(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={profile}",
                "--dump-dom",
                page.as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        ).stdout
    found = dom.split('<pre id="khabar-check">', 1)[1].split("</pre>")[0]
    report = json.loads(html.unescape(found))
    assert report["direction"] == "rtl"
    assert report["claims"] == expected
    assert report["visible"]
