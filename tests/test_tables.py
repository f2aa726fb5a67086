import pytest

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


def test_topic_tables_of_the_seed(seed_analysis):
    profile = tables.topic_profile(seed_analysis)
    assert list(profile["code"][:2]) == ["19", "18"] and list(profile["rank"][:2]) == [1, 2]
    assert profile["share"].sum() == pytest.approx(1, abs=0.01)
    assert profile.attrs["scheme"] == "cap" and set(profile["scheme"]) == {"cap"}
    assert (profile["claims"] <= len(seed_analysis.claims)).all()
    frames = tables.topic_profile(seed_analysis, scheme="frames")
    assert set(frames["code"]) <= {str(n) for n in range(1, 15)}
    with pytest.raises(KeyError, match="no codebook 'themes'"):
        tables.topic_profile(seed_analysis, scheme="themes")


def test_topics_per_paragraph_and_evidence_point_into_the_raw_text(seed_analysis):
    raw = seed_analysis.raw
    paragraphs = tables.paragraph_topics(seed_analysis, top=2)
    assert paragraphs.groupby("paragraph")["rank"].max().max() <= 2
    assert list(paragraphs["paragraph"]) == sorted(paragraphs["paragraph"])
    evidence = tables.topic_evidence(seed_analysis, scheme="cap")
    assert set(evidence["scheme"]) == {"cap"}
    assert all(raw[r.start : r.end] == r.text for r in evidence.itertuples())
    inside = evidence[evidence["claim"] != ""]
    claims = {c.id: c for c in seed_analysis.claims}
    assert len(inside) and all(
        claims[r.claim].start <= r.start and r.end <= claims[r.claim].end
        for r in inside.itertuples()
    )
    assert evidence["in_actor"].any() and evidence["headline"].any()


def test_what_each_speaker_stresses_under_any_scheme(seed_analysis):
    khorram, koltsov = "عابدین خرم", "دمیتری کالتسوف"
    shares = tables.topic_shares(seed_analysis).set_index(["speaker_name", "code"])["share"]
    assert shares[koltsov, "10"] > shares.get((khorram, "10"), 0)  # transport: the ambassador's
    assert 0 < shares.max() <= 1
    frames = tables.topic_shares(seed_analysis, scheme="frames")
    assert set(frames["scheme"]) == {"frames"} and frames["speaker_name"].iloc[0] == khorram
    claim_rows = tables.claim_topics(seed_analysis)
    assert set(claim_rows["claim"]) <= {c.id for c in seed_analysis.claims}
    book = tables.topic_codebook(seed_analysis, scheme="cap")
    assert len(book) == 29 and "کسری (0.5)" in book.set_index("code").loc["1", "terms"]


def test_topic_tables_of_an_article_without_any_topic():
    analysis = analyze_text("هوا خوب است.")
    assert tables.topic_profile(analysis).empty
    assert tables.topic_shares(analysis).empty
    assert tables.topic_shares(analysis).attrs["scheme"] == "cap"
    assert tables.topic_evidence(analysis).empty and tables.paragraph_topics(analysis).empty
