"""Topics: CAP major topics and policy frames for any article, evidence before recall, and the
researcher's own codebooks. Texts written for these tests, and the seed article."""

import math
from pathlib import Path

import pytest

from khabar import analyze, analyze_text
from khabar.analysis import Analysis
from khabar.cache import cache_path
from khabar.codebooks import fingerprint, read_codebook, shipped
from khabar.errors import CodebookError
from khabar.lexicon import REPO_ROOT
from khabar.topics import ACTOR_SHARE, MIN_EVIDENCE

SHARED_ARTICLES = REPO_ROOT.parent / "shared" / "articles"


def article(*paragraphs: str) -> str:
    """An article's text: headline and paragraphs, one per line."""
    return "\n".join(paragraphs) + "\n"


# The issue's examples: news on which the seed's codebook was silent or misleading.
SANCTIONS = article(
    "سخنگوی وزارت امور خارجه تحریم‌های جدید آمریکا را محکوم کرد",
    "سخنگوی وزارت امور خارجه در نشست خبری هفتگی گفت: تحریم‌های جدید واشنگتن نقض آشکار"
    " حقوق بین‌الملل و قطعنامه شورای امنیت است و ملت ایران در برابر این فشارها "
    "ایستادگی خواهد کرد.",
    "وی افزود: جمهوری اسلامی ایران از همه ابزارهای دیپلماتیک برای پاسخ به این اقدام "
    "استفاده می‌کند و کشورهای اروپایی نیز باید به تعهدات خود عمل کنند.",
)
BUDGET = article(
    "بررسی لایحه بودجه در صحن علنی مجلس ادامه یافت",
    "نمایندگان مجلس در جلسه علنی امروز کلیات لایحه بودجه سال آینده را بررسی کردند. "
    "رئیس کمیسیون برنامه و بودجه گفت: کسری بودجه امسال به دلیل کاهش درآمدهای نفتی "
    "افزایش یافته و دولت باید به جای استقراض از بانک مرکزی، درآمدهای مالیاتی را بیشتر"
    " کند.",
    "یکی از نمایندگان نیز گفت: اگر کسری بودجه با چاپ پول جبران شود، نقدینگی و تورم "
    "بالا می‌رود و فشار آن بر سفره مردم است.",
)
DERBY = article(
    "دربی پایتخت با تساوی به پایان رسید",
    "دیدار استقلال و پرسپولیس در هفته دهم لیگ برتر فوتبال با نتیجه یک بر یک مساوی شد."
    " مهاجم پرسپولیس در دقیقه ۲۰ گل اول را زد و بازیکن استقلال در نیمه دوم از روی "
    "نقطه پنالتی بازی را به تساوی کشاند.",
    "سرمربی استقلال پس از بازی گفت: بازیکنانم خوب بازی کردند اما داوری به ضرر ما بود.",
)
RED_SEA = article(
    "کشتیرانی در دریای سرخ با حملات جدید مختل شد",
    "نیروهای یمنی اعلام کردند یک کشتی تجاری مرتبط با رژیم صهیونیستی را در دریای سرخ "
    "هدف قرار داده‌اند. سخنگوی نیروهای مسلح یمن گفت: تا زمانی که حملات به غزه ادامه "
    "دارد، کشتی‌های مرتبط با اسرائیل اجازه عبور از باب‌المندب را ندارند.",
    "شرکت‌های بزرگ کشتیرانی جهان نیز مسیر کشتی‌های خود را به دور آفریقا تغییر "
    "داده‌اند که هزینه حمل بار را بالا برده است.",
)

# One short piece of typical Iranian news per CAP topic (the project's own sentences).
SNIPPETS = {
    "1": "رئیس کل بانک مرکزی گفت: نرخ تورم نقطه به نقطه کاهش یافته و رشد نقدینگی مهار شده است.",
    "2": "فعالان حقوق زنان خواستار رفع تبعیض جنسیتی در قوانین شدند و بر آزادی بیان تأکید کردند.",
    "3": "وزیر بهداشت گفت: واکسیناسیون کودکان علیه سرخک در همه مراکز بهداشتی کشور انجام می‌شود "
    "و بیمارستان‌ها برای پذیرش بیماران آماده‌اند.",
    "4": "وزیر جهاد کشاورزی گفت: برداشت گندم امسال به دلیل بارش‌های مناسب افزایش یافته و "
    "کشاورزان از قیمت خرید تضمینی راضی هستند.",
    "5": "وزیر کار گفت: حداقل دستمزد کارگران برای سال آینده در شورای عالی کار تعیین می‌شود.",
    "6": "وزیر آموزش و پرورش گفت: کلاس‌های درس مدارس از اول مهر حضوری برگزار می‌شود و کمبود "
    "معلم با استخدام نیروی جدید جبران خواهد شد.",
    "7": "رئیس سازمان حفاظت محیط زیست گفت: آلودگی هوای تهران به دلیل سوخت نامناسب خودروها "
    "افزایش یافته و ریزگردها شهرهای جنوبی را فرا گرفته است.",
    "8": "مدیرعامل شرکت ملی گاز گفت: مصرف گاز خانگی در زمستان افزایش می‌یابد و مردم باید در "
    "مصرف صرفه‌جویی کنند.",
    "9": "مدیرکل امور اتباع گفت: اتباع افغانستانی که اقامت غیرمجاز دارند باید تا پایان ماه برای "
    "دریافت کارت اقامت مراجعه کنند.",
    "10": "مدیرعامل راه‌آهن گفت: قطارهای مسافری جدید در مسیر تهران مشهد به کار گرفته می‌شوند.",
    "12": "رئیس پلیس آگاهی تهران گفت: سارقان مسلح یک طلافروشی پس از ۴۸ ساعت دستگیر شدند و "
    "پرونده آنها برای صدور حکم به دادسرا فرستاده شد.",
    "13": "رئیس کمیته امداد گفت: بسته‌های معیشتی به خانواده‌های نیازمند و مددجویان تحت پوشش "
    "این نهاد توزیع شد.",
    "14": "وزیر راه و شهرسازی گفت: ساخت یک میلیون واحد مسکونی در طرح نهضت ملی مسکن ادامه دارد "
    "و اجاره‌بها در تهران کنترل می‌شود.",
    "15": "رئیس سازمان بورس گفت: شاخص بورس تهران امروز رشد کرد و سهامداران خرد خریدار سهام "
    "بانک‌ها بودند.",
    "16": "فرمانده نیروی دریایی سپاه گفت: رزمایش بزرگ موشکی در خلیج فارس با شلیک موشک‌های کروز "
    "برگزار شد.",
    "17": "معاون علمی و فناوری رئیس جمهور گفت: شرکت‌های دانش‌بنیان در حوزه هوش مصنوعی و فناوری "
    "نانو رشد چشمگیری داشته‌اند.",
    "18": "رئیس سازمان توسعه تجارت گفت: صادرات غیرنفتی ایران به عراق در شش ماه نخست سال ۲۰ "
    "درصد افزایش یافت.",
    "19": "سخنگوی وزارت امور خارجه گفت: تحریم‌های جدید واشنگتن نقض آشکار حقوق بین‌الملل است و "
    "ملت ایران در برابر این فشارها ایستادگی خواهد کرد.",
    "20": "سخنگوی شورای نگهبان گفت: صلاحیت نامزدهای انتخابات مجلس تا پایان هفته بررسی می‌شود.",
    "21": "مدیرعامل شرکت آب منطقه‌ای گفت: حجم مخازن سدهای استان به دلیل کم‌آبی به کمترین میزان "
    "رسیده و طرح انتقال آب در دست اجراست.",
    "23": "وزیر فرهنگ و ارشاد اسلامی گفت: حمایت از کتابخانه‌های عمومی و ترویج کتابخوانی از "
    "برنامه‌های اصلی این وزارتخانه است.",
    "24": "اعضای شورای اسلامی شهر در جلسه امروز با انتخاب شهردار جدید موافقت کردند و شهردار "
    "برنامه‌های مدیریت شهری را ارائه داد.",
    "26": "مدیرکل هواشناسی استان گفت: بارش برف و باران از فردا آغاز می‌شود و احتمال وقوع سیلاب "
    "در مناطق کوهستانی وجود دارد.",
    "27": "سخنگوی سازمان آتش‌نشانی گفت: آتش‌سوزی در یک انبار در جنوب تهران با تلاش آتش‌نشانان "
    "مهار شد و دو کارگر دچار سوختگی شدند.",
    "28": "کارگردان این فیلم گفت: فیلم سینمایی تازه‌اش در جشنواره فیلم فجر اکران می‌شود و "
    "بازیگران جوان در آن نقش دارند.",
    "29": "سرمربی استقلال گفت: بازیکنانم در دربی خوب بازی کردند اما داوری به ضرر ما بود و گل "
    "دوم حریف آفساید بود.",
    "30": "پیکر این نویسنده پیشکسوت که روز گذشته درگذشت، فردا تشییع و در قطعه نام‌آوران به خاک "
    "سپرده می‌شود.",
    "31": "امام جمعه شهر گفت: مراسم عزاداری محرم در مساجد و حسینیه‌ها با حضور پرشور عزاداران "
    "برگزار می‌شود.",
}


def cap(analysis: Analysis) -> list[str]:
    return [t.code for t in analysis.topics.document if t.scheme == "cap"]


@pytest.mark.parametrize(
    ("text", "first"),
    [(SANCTIONS, "19"), (BUDGET, "1"), (DERBY, "29"), (RED_SEA, "19")],
    ids=["sanctions", "budget", "derby", "red-sea"],
)
def test_the_issues_articles_get_their_cap_topic_first(text, first):
    assert cap(analyze_text(text))[0] == first


def test_red_sea_shipping_is_international_affairs_with_transport_beside_it():
    assert "10" in cap(analyze_text(RED_SEA))[:3]


@pytest.mark.parametrize(("code", "text"), SNIPPETS.items(), ids=list(SNIPPETS))
def test_typical_news_of_each_cap_topic_gets_it_first(code, text):
    assert cap(analyze_text(text))[:1] == [code]


def test_the_seed_puts_foreign_trade_and_international_affairs_first(seed_analysis):
    assert set(cap(seed_analysis)[:2]) == {"18", "19"}


def test_every_topic_has_evidence_cut_from_the_raw_text(seed_analysis):
    topics = seed_analysis.topics
    units = [topics.document, *topics.paragraphs.values(), *topics.claims.values()]
    assert topics.document and topics.paragraphs and any(topics.claims.values())
    for unit in units:
        for topic in unit:
            assert topic.evidence
            for e in topic.evidence:
                assert seed_analysis.raw[e.start : e.end] == e.text


def test_claim_topics_rest_on_evidence_inside_the_claim(seed_analysis):
    for claim in seed_analysis.claims:
        for topic in seed_analysis.topics.claims[claim.id]:
            assert all(claim.start <= e.start < e.end <= claim.end for e in topic.evidence)


def test_ranked_by_score_within_each_scheme(seed_analysis):
    for scheme in ("cap", "frames"):
        scores = [t.score for t in seed_analysis.topics.document if t.scheme == scheme]
        assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize("text", [SANCTIONS, BUDGET, DERBY, RED_SEA])
def test_no_code_without_enough_distinct_evidence(text):
    analysis = analyze_text(text)
    units = [analysis.topics.document, *analysis.topics.paragraphs.values()]
    for topic in (t for unit in units for t in unit):
        weights = {e.term: e.weight for e in topic.evidence}
        assert sum(weights.values()) >= MIN_EVIDENCE - 1e-9, topic


@pytest.mark.parametrize("word", ["ملت", "همکاری", "توسعه"])
def test_a_generic_word_never_decides_a_topic_alone(word):
    text = f"{word} {word} {word}. " * 3 + f"سخنگو گفت: {word} مهم است."
    analysis = analyze_text(text)
    assert all(len({e.term for e in t.evidence}) > 1 for t in analysis.topics.document)
    assert not any(analysis.topics.claims.values())


def test_a_persons_name_is_no_evidence():
    """پناهنده is a refugee, and a surname; the person's name says nothing of migration."""
    text = (
        "مصطفی پناهنده به عنوان مدیرکل راهداری استان منصوب شد.\n"
        "مصطفی پناهنده گفت: نگهداری جاده‌ها در زمستان اولویت ماست.\n"
    )
    analysis = analyze_text(text)
    assert "9" not in cap(analysis)
    assert "10" in cap(analysis)


def test_runs_are_identical():
    assert analyze_text(DERBY).to_dict() == analyze_text(DERBY).to_dict()


def test_json_output_keeps_themes_and_adds_topics(seed_analysis):
    record = seed_analysis.to_dict()
    assert record["themes"] and all("theme_evidence" in c for c in record["claims"])
    first = record["topics"][0]
    assert set(first) == {"scheme", "code", "label", "label_fa", "score", "evidence"}
    assert (first["scheme"], first["code"], first["label"]) == (
        "cap",
        "19",
        "International Affairs",
    )
    assert set(first["evidence"][0]) == {"term", "weight", "text", "start", "end"}
    assert any(c["topics"] for c in record["claims"])
    assert record["paragraph_topics"][0]["topics"]


MY_CODES = (
    "# a researcher's codebook\n"
    "code\tlabel_en\tlabel_fa\tterms\n"
    "football\tFootball\tفوتبال\tفوتبال|دربی|لیگ برتر|گل:0.3\n"
    "budget\tBudget\tبودجه\tبودجه|کسری:0.5\n"
)


@pytest.fixture
def my_codes(tmp_path) -> Path:
    path = tmp_path / "my_codes.tsv"
    path.write_text(MY_CODES, encoding="utf-8")
    return path


def test_a_researchers_codebook_joins_the_standard_schemes(my_codes):
    analysis = analyze_text(DERBY, codebooks=[my_codes])
    assert analysis.topics.schemes == ("cap", "frames", "my_codes")
    mine = [t for t in analysis.topics.document if t.scheme == "my_codes"]
    assert [t.code for t in mine] == ["football"]
    assert {"دربی", "لیگ برتر"} <= set(mine[0].terms)


def test_the_seed_codebook_runs_as_topics_on_request():
    path = REPO_ROOT / "data" / "codebook" / "themes.tsv"
    analysis = analyze_text(SANCTIONS, codebooks=[path])
    themes = [t.code for t in analysis.topics.document if t.scheme == "themes"]
    assert themes[0] == "sanctions"
    assert "culture_friendship" not in themes  # «ملت» alone is no longer enough


def test_a_malformed_codebook_stops_before_the_analysis(tmp_path):
    path = tmp_path / "broken.tsv"
    path.write_text("code\tlabel_en\tterms\nx\tX\tبودجه:zero\n", encoding="utf-8")
    with pytest.raises(CodebookError, match=r"broken\.tsv, line 2 \(code 'x'\)"):
        analyze_text(DERBY, codebooks=[path])


def test_the_cache_key_holds_the_codebooks(tmp_path, my_codes):
    article = tmp_path / "derby.txt"
    article.write_text(DERBY, encoding="utf-8")
    plain = analyze(article, cache=True, cache_dir=tmp_path / "cache")
    mine = analyze(article, cache=True, cache_dir=tmp_path / "cache", codebooks=[my_codes])
    assert plain.topics.schemes == ("cap", "frames")
    assert mine.topics.schemes == ("cap", "frames", "my_codes")
    assert len(list((tmp_path / "cache").glob("*.pickle"))) == 2
    edited = tmp_path / "edited" / "my_codes.tsv"
    edited.parent.mkdir()
    edited.write_text(MY_CODES.replace("گل:0.3", "گل:0.4"), encoding="utf-8")
    variants = {fingerprint([read_codebook(p)]) for p in (my_codes, edited)}
    assert len(variants) == 2
    keys = {cache_path(DERBY, cache_dir=tmp_path, variant=v) for v in variants | {""}}
    assert len(keys) == 3
    again = analyze(article, cache=True, cache_dir=tmp_path / "cache", codebooks=[my_codes])
    assert again.to_dict() == mine.to_dict()


def test_frames_are_given_per_claim_with_evidence():
    analysis = analyze_text(BUDGET)
    frames = [
        t for c in analysis.claims for t in analysis.topics.claims[c.id] if t.scheme == "frames"
    ]
    assert "1" in {t.code for t in frames}  # the economic frame of a budget deficit
    assert shipped("frames").code("1").label_en == "Economic"


@pytest.mark.skipif(not SHARED_ARTICLES.is_dir(), reason="../shared/articles not present")
def test_every_shared_article_gets_a_cap_topic_with_evidence():
    paths = sorted(SHARED_ARTICLES.glob("fars_*_*.txt"))
    assert len(paths) == 29
    for path in paths:
        topics = [t for t in analyze(path).topics.document if t.scheme == "cap"]
        assert topics and topics[0].evidence, path.name


def guideline_cases() -> list[tuple[str, str]]:
    path = Path(__file__).parent / "fixtures" / "topics" / "cap_cases.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if not line.startswith("#")][1:]
    return [(code, text.replace(" / ", "\n")) for code, text in rows]


@pytest.mark.parametrize(("code", "text"), guideline_cases())
def test_short_news_items_get_the_topic_the_guidelines_give_them(code, text):
    assert cap(analyze_text(text))[:1] == [code]


def test_the_agencys_attribution_is_no_evidence():
    """The desk (سیاست خارجی, حوادث) and the source of an item say who reports, not what about."""
    text = article(
        "پیروزی تیم ملی فوتبال",
        "به گزارش خبرنگار گروه سیاست خارجی خبرگزاری فارس، تیم ملی فوتبال در بازی دوستانه "
        "حریف خود را شکست داد.",
        "خبرگزاری فارس ـ گروه حوادث: سرمربی تیم ملی پس از بازی گفت: بازیکنان خوب بازی کردند.",
        "به گزارش فارس به نقل از روابط عمومی وزارت امور خارجه، این بازی در دوحه برگزار شد.",
    )
    analysis = analyze_text(text)
    assert cap(analysis)[:1] == ["29"]
    terms = {e.term for t in analysis.topics.document for e in t.evidence}
    assert not terms & {"سیاست خارجی", "حوادث", "روابط", "وزارت امور خارجه"}, terms


def test_topic_evidence_in_json_is_each_evidence_as_a_dict(seed_analysis):
    topics = [t for t in seed_analysis.topics.document if len(t.evidence) > 1]
    assert topics
    for topic in topics:
        assert topic.to_dict()["evidence"] == [e.to_dict() for e in topic.evidence]


def test_of_two_codes_with_one_score_the_one_the_article_opens_with_goes_first():
    """The guidelines' tie rule: the topic of the headline and the lead is the main one."""
    concert_first = article("کنسرت امشب برگزار می‌شود", "این برنامه در حیاط یک مدرسه اجرا می‌شود.")
    school_first = article("مدرسه امشب میزبان است", "در حیاط آن یک کنسرت اجرا می‌شود.")
    for text, first in ((concert_first, "28"), (school_first, "6")):
        topics = [t for t in analyze_text(text).topics.document if t.scheme == "cap"]
        assert [t.code for t in topics] == [first, *({"28", "6"} - {first})]
        assert topics[0].score == topics[1].score


def test_the_headline_is_one_mention_like_any_other():
    """The main topic is the one that takes the most text: a headline term counts once."""
    in_headline = article("کنسرت امشب برگزار می‌شود", "خبر تازه.")
    in_body = article("خبر تازه", "کنسرت امشب برگزار می‌شود.")
    scores = [
        [(t.code, t.score) for t in analyze_text(text).topics.document if t.scheme == "cap"]
        for text in (in_headline, in_body)
    ]
    assert scores[0] == scores[1] == [("28", 1.0)]


@pytest.mark.parametrize(
    "sentence",
    [
        "وی گفت: کاری بزرگ در پیش داریم.",  # hazm reads کاری as a form of کاشتن (to plant)
        "وی گفت: پاسداری از ارزش‌ها وظیفه همه است.",  # guarding, not the Guards (پاسداران)
    ],
)
def test_an_everyday_word_read_as_another_words_form_is_no_evidence(sentence):
    assert cap(analyze_text(article("جلسه شورا برگزار شد", sentence))) == []


def test_a_term_in_two_spellings_is_one_piece_of_evidence(tmp_path):
    """A codebook may list a term as written with a space and with a ZWNJ; the two are one
    term, so two weak spellings do not add up to specific evidence."""
    path = tmp_path / "offices.tsv"
    path.write_text(
        "code\tlabel_en\tterms\noffice\tOffices\tاداره کل:0.5|اداره‌کل:0.5|تودیع:0.5\n",
        encoding="utf-8",
    )
    text = article("اداره کل راه امروز خبر داد", "اداره‌کل راه گفت: جاده‌ها باز است.")
    analysis = analyze_text(text, codebooks=[path])
    assert [t for t in analysis.topics.document if t.scheme == "offices"] == []
    both = analyze_text(text + "مراسم تودیع برگزار شد.\n", codebooks=[path])
    (office,) = [t for t in both.topics.document if t.scheme == "offices"]
    assert {e.text for e in office.evidence} >= {"اداره کل", "اداره‌کل"}
    spelled = sum(ACTOR_SHARE if e.actor else 1.0 for e in office.evidence if e.term != "تودیع")
    assert office.score == round(0.5 * math.log2(1 + spelled) + 0.5 * math.log2(1 + 1), 3)
