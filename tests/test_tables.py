from khabar import analyze_text, tables


def test_article_text_is_html_escaped_where_notebooks_render_it():
    analysis = analyze_text("سفیر ایران گفت: <script>alert(1)</script> سهم <5% و نه <i>بیشتر.")
    claims_html = tables.claims(analysis)._repr_html_()
    assert "&lt;5%" in claims_html and "<script>" not in claims_html
    changes_html = tables.changes(analysis.cleaned)._repr_html_()
    assert "<script>" not in changes_html and "&lt;script&gt;" in changes_html


def test_change_and_word_tables_locate_changes_in_the_raw_text(article_cleaned, seed_analysis):
    changes = tables.changes(article_cleaned)
    assert set(changes["kind"]) == {"zwnj-in-word"}
    words = tables.word_changes(article_cleaned)
    raw = article_cleaned.raw
    assert all(raw[r.start : r.end] == r.before for r in words.itertuples())
    assert tables.token_counts(seed_analysis)["tokens"].tolist() == [443, 443]


def test_text_summary_compares_raw_and_cleaned(article_cleaned):
    summary = tables.text_summary(article_cleaned).set_index("text")
    assert summary.loc["raw", "ZWNJs"] == 0 and summary.loc["cleaned", "ZWNJs"] == 32
    assert summary.loc["raw", "characters"] == len(article_cleaned.raw)
    assert summary.loc["raw", "sha256"] == "bd0e0e25692e85ea"
