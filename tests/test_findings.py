"""Key findings are computed from the analysis."""

from khabar.findings import key_findings


def test_key_findings_of_the_seed_article(seed_analysis):
    findings = dict(zip(*key_findings(seed_analysis)[["finding", "value"]].T.values, strict=True))
    assert findings["claims (direct, indirect)"] == "17 (10, 7)"
    assert findings["changes made by the cleaner (ZWNJ restorations)"].endswith("(32)")
    assert findings["requests (speaker → addressee)"] == "Abedin Khorram → Dmitry Koltsov"
    assert findings["mentions of Dmitry Koltsov"].startswith("title 4")
