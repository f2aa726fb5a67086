"""Claims on the seed article and on sentences written for these tests."""

import pytest

from khabar import analyze_text

Z = "\u200c"


@pytest.fixture(scope="module")
def article(article_raw):
    return analyze_text(article_raw)


def speaker_names(analysis):
    names = {a.id: a.name for a in analysis.actors}
    return [names.get(c.speaker) for c in analysis.claims]


def speakers_as(analysis, *fields):
    """Each claim's speaker actor as a tuple of *fields* (name, type, name_en)."""
    by_id = {a.id: a for a in analysis.actors}
    return [tuple(getattr(by_id[c.speaker], f) for f in fields) for c in analysis.claims]


def test_article_has_17_claims_10_direct_7_indirect(article):
    modes = [c.mode for c in article.claims]
    assert (len(modes), modes.count("direct"), modes.count("indirect")) == (17, 10, 7)
    assert speaker_names(article) == ["عابدین خرم"] * 9 + ["دمیتری کالتسوف"] * 8


def test_article_claim_offsets_cut_exactly_the_content(article):
    def spelled_as_raw(text):  # the raw text lacks ZWNJs and writes بویژه
        return text.replace(Z, "").replace("بهویژه", "بویژه")

    for claim in article.claims:
        cut = article.raw[claim.start : claim.end]
        assert cut == spelled_as_raw(claim.text)
        assert not cut.endswith((".", ":")) and not cut.startswith(":")


def test_indirect_constructions_of_the_article(article):
    by_construction = {}
    for claim in article.claims:
        by_construction.setdefault(claim.construction, []).append(claim)
    assert len(by_construction["object"]) == 4
    assert len(by_construction["frame"]) == 2
    (request,) = by_construction["request"]
    koltsov = next(a for a in article.actors if a.name == "دمیتری کالتسوف")
    assert request.addressee == koltsov.id and request.kind == "request"
    assert by_construction["object"][0].text.startswith("توسعه مناسبات")
    assert by_construction["object"][2].text.startswith("ارتباط استان")


def test_kinds_and_markers(article):
    kinds = {c.text[:12]: (c.kind, c.markers) for c in article.claims}
    assert kinds["امیدواریم فص"] == ("hope", ["hope"])
    assert kinds["در نظر داریم"][0] == "plan"
    assert "obligation" in kinds["روابط دو طرف"][1]


@pytest.mark.parametrize(
    "text",
    [
        "به عبارت دیگر می‌توان گفت: اقتصاد بهتر شده است.",
        "گفت‌وگو میان دو کشور ادامه دارد.",
        "وزیر در پی گفت و گوی تلفنی با همتای خود به این امر اشاره نکرد.",
        "او پاسخ را دانست.",
        "اعلام نتایج انتخابات به تعویق افتاد.",
    ],
)
def test_not_claims(text):
    assert analyze_text(text).claims == ()


def test_headline_cue_without_speaker_is_not_a_claim():
    analysis = analyze_text("سفیر بلاروس گفت: همکاری ادامه دارد\n\nمتن خبر در اینجا است.")
    assert analysis.claims == ()


def test_that_clause_source_and_belief():
    analysis = analyze_text(
        "وزیر امور خارجه ایران اعلام کرد که مذاکرات ادامه دارد. "
        "به گفته وزیر امور خارجه ایران، نشست بعدی در مسکو برگزار می‌شود."
    )
    claims = analysis.claims
    assert [c.construction for c in claims] == ["that", "source"]
    assert claims[0].text == "مذاکرات ادامه دارد"
    assert claims[1].text == "نشست بعدی در مسکو برگزار می‌شود"
    assert claims[0].speaker == claims[1].speaker


def test_a_speaker_the_actor_stage_missed_becomes_an_actor():
    analysis = analyze_text("معاویه گفت: من تصمیم دارم که نام او را از بین ببرم.")
    (claim,) = analysis.claims
    assert (claim.speaker_text, claim.mode) == ("معاویه", "direct")
    speaker = next(a for a in analysis.actors if a.id == claim.speaker)
    assert (speaker.name, speaker.type) == ("معاویه", "person")
    assert [(m.start, m.end) for m in speaker.mentions] == [(0, len("معاویه"))]
    assert analyze_text("گفت: تمام محبت او در دلم باقی است.").claims == ()


def test_quoted_speech_before_and_after_the_speaker():
    analysis = analyze_text(
        "«تحریم‌ها مانع همکاری نیست»، سفیر بلاروس در تهران گفت. استاندار فارس گفت «ما آماده‌ایم»."
    )
    claims = analysis.claims
    assert [(c.mode, c.construction, c.text) for c in claims] == [
        ("direct", "quote", "تحریم‌ها مانع همکاری نیست"),
        ("direct", "quote", "ما آماده‌ایم"),
    ]
    assert claims[0].speaker_text == "سفیر بلاروس در تهران"
    assert claims[1].kind == "offer"


QUOTED_TWICE = (
    "استاندار آذربایجان شرقی در دیدار با سفیر بلاروس گفت: همکاری‌های دو کشور باید گسترش یابد.\n"
    "همچنین افزود: بخش خصوصی دو کشور باید فعال‌تر شود.\n"
)


def test_a_dropped_subject_takes_the_last_speaker():
    analysis = analyze_text(QUOTED_TWICE)
    first, second = analysis.claims
    assert second.speaker == first.speaker == "P1"
    assert second.speaker_text == ""  # no words of the sentence name the speaker
    assert second.text == "بخش خصوصی دو کشور باید فعال‌تر شود"


def test_a_plural_verb_does_not_take_the_last_speaker():
    first = QUOTED_TWICE.splitlines()[0]
    second = "همچنین افزودند: بخش خصوصی دو کشور باید فعال‌تر شود."
    claims = analyze_text(f"{first}\n{second}\n").claims
    assert claims[0].speaker == "P1"
    assert all(c.speaker != "P1" for c in claims[1:])


def test_a_long_subject_is_the_speaker_without_its_date():
    first = QUOTED_TWICE.splitlines()[0]
    second = "آیت‌الله هاشمی شاهرودی رئیس قوه قضائیه روز سه‌شنبه گفت: نظام نیاز به اصلاحات دارد."
    analysis = analyze_text(f"{first}\n{second}\n")
    claims = analysis.claims
    assert claims[0].speaker == "P1" and claims[1].speaker not in (None, "P1")
    # the name (and its title when the actor stage does not take the name alone), no date
    assert claims[1].speaker_text.startswith("آیت‌الله هاشمی شاهرودی")
    assert "روز" not in claims[1].speaker_text
    assert claims[1].text == "نظام نیاز به اصلاحات دارد"


def test_a_dropped_subject_does_not_reach_back_two_paragraphs():
    first, second = QUOTED_TWICE.splitlines()
    text = f"{first}\nنمایشگاه در تبریز برگزار شد.\nبازدیدکنندگان زیادی آمدند.\n{second}\n"
    assert [c.speaker for c in analyze_text(text).claims] == ["P1"]


def claims_of(text):
    """The claims of *text* as the body of an article (a short headline first)."""
    analysis = analyze_text(f"خبر\n{text}\n")
    return analysis, analysis.claims


def speaker_of(analysis, claim):
    return next(a for a in analysis.actors if a.id == claim.speaker)


@pytest.mark.parametrize(
    ("text", "construction", "content"),
    [
        ("سخنگوی دولت گفت اقتصاد کشور در حال بهبود است.", "that", "اقتصاد کشور در حال بهبود است"),
        ("وزیر نفت مدعی است که تولید نفت افزایش یافته است.", "that", "تولید نفت افزایش یافته است"),
        ("به نوشته روزنامه همشهری، قیمت نان افزایش نمی‌یابد.", "source", "قیمت نان افزایش نمی‌یابد"),
        ("طبق اعلام سازمان هواشناسی، باران فردا می‌بارد.", "source", "باران فردا می‌بارد"),
        ("وزیر نیرو کم‌آبی را بزرگ‌ترین چالش کشور برشمرد.", "object", "کم‌آبی را بزرگ‌ترین چالش کشور"),
        ("وزیر نیرو بر لزوم صرفه‌جویی در مصرف آب تأکید کرد.", "np", "لزوم صرفه‌جویی در مصرف آب"),
        (
            "وزیر نیرو از مردم خواست تا در مصرف آب صرفه‌جویی کنند.",
            "request",
            "در مصرف آب صرفه‌جویی کنند",
        ),
        ("وزیر نیرو خواستار صرفه‌جویی در مصرف آب شد.", "request", "صرفه‌جویی در مصرف آب"),
    ],
)
def test_constructions(text, construction, content):
    _analysis, (claim,) = claims_of(text)
    assert (claim.construction, claim.text, claim.mode) == (construction, content, "indirect")
    assert claim.speaker is not None


def test_frames_before_the_verb_with_and_without_a_noun_phrase():
    for text, frame in [
        (
            "وزیر نفت با ذکر این نکته که تولید افزایش یافته، گفت: صادرات هم بیشتر می‌شود.",
            "تولید افزایش یافته",
        ),
        (
            "وزیر نفت با اشاره به تحریم‌ها و اینکه فروش نفت ادامه دارد، گفت: صادرات هم بیشتر می‌شود.",
            "فروش نفت ادامه دارد",
        ),
    ]:
        _analysis, (first, second) = claims_of(text)
        assert (first.construction, first.text) == ("frame", frame)
        assert (second.mode, second.text) == ("direct", "صادرات هم بیشتر می‌شود")
        assert first.speaker == second.speaker
    assert (
        claims_of("وزیر نفت با اشاره به تحریم‌ها گفت: صادرات ادامه دارد.")[1][0].construction
        == "colon"
    )


def test_a_quotation_over_several_sentences_is_a_claim_per_sentence():
    for text in (
        "وزیر نیرو گفت: «ما آماده‌ایم. این کار را حتما انجام خواهیم داد.»",
        "وزیر نیرو گفت: ذخایر آب کافی است. سدها هم پر شده‌اند.",
    ):
        _analysis, (first, second) = claims_of(text)
        assert second.construction == "continued" and second.speaker == first.speaker
        assert second.speaker_text == "" and not second.text.endswith((".", "»"))


def test_a_nested_claim_needs_a_named_speaker():
    _analysis, (outer, inner) = claims_of(
        "وزیر خارجه گفت که سازمان ملل اعلام کرده است که کمک‌ها ارسال می‌شود."
    )
    assert outer.text.startswith("سازمان ملل اعلام کرده است")
    assert (inner.speaker_text, inner.text) == ("سازمان ملل", "کمک‌ها ارسال می‌شود")
    # «اعلام کرده‌اند» with no one named: the minister's claim only
    assert len(claims_of("وزیر خارجه گفت که اعلام کرده‌اند که کمک‌ها ارسال می‌شود.")[1]) == 1


def test_passive_reporting_is_a_claim_without_a_source():
    _analysis, (claim,) = claims_of("گفته می‌شود که قیمت‌ها افزایش می‌یابد.")
    assert (claim.speaker, claim.speaker_text, claim.text) == (None, "", "قیمت‌ها افزایش می‌یابد")
    _analysis, (claim,) = claims_of("از سوی وزارت بهداشت اعلام شد که مدارس تعطیل است.")
    assert claim.speaker_text == "وزارت بهداشت"


def test_headlines_name_their_speaker():
    analysis = analyze_text("وزیر نیرو: صرفه‌جویی ضروری است\nمتن خبر.\n")
    (claim,) = analysis.claims
    assert (claim.construction, claim.cue, claim.text) == ("headline", ":", "صرفه‌جویی ضروری است")
    analysis = analyze_text("تأکید وزیر نیرو بر صرفه‌جویی در مصرف آب\nمتن خبر.\n")
    (claim,) = analysis.claims
    assert (claim.speaker_text, claim.text) == ("وزیر نیرو", "صرفه‌جویی در مصرف آب")


@pytest.mark.parametrize(
    ("text", "speaker", "kind", "type_"),
    [
        (
            "روز پنجشنبه سرتیپ یحیی رحیمی فرمانده نیروی دریایی گفت: ناوگان آماده است.",
            "سرتیپ یحیی رحیمی فرمانده نیروی دریایی",
            None,
            "person",
        ),
        (
            "یک سخنگوی شرکت کشتیرانی مائرسک گفت: کشتی‌های ما از این مسیر عبور نمی‌کنند.",
            "یک سخنگوی شرکت کشتیرانی مائرسک",
            "nominal",
            "person",
        ),
        ("کارشناسان معتقدند قیمت مسکن کاهش می‌یابد.", "کارشناسان", None, "group"),
        ("دیپلمات‌های غربی معتقدند مذاکرات به نتیجه می‌رسد.", "دیپلمات‌های غربی", None, "group"),
    ],
)
def test_every_named_source_is_an_actor_and_its_phrase_has_no_date(text, speaker, kind, type_):
    analysis, (claim,) = claims_of(text)
    # the phrase, or its head when the actor stage took the name and the title apart
    assert speaker.startswith(claim.speaker_text) and claim.speaker_text
    actor = speaker_of(analysis, claim)
    assert actor.type == type_
    spans = [(m.start, m.end) for m in actor.mentions]
    assert any(s < claim.speaker_end and claim.speaker_start < e for s, e in spans)
    if kind:
        assert any(m.kind == kind for m in actor.mentions)


def test_the_speaker_of_an_object_claim_is_not_the_object():
    _analysis, (claim,) = claims_of("او نگرانی برخی کشورها را بی‌مورد دانست.")
    assert (claim.speaker_text, claim.text) == ("او", "نگرانی برخی کشورها را بی‌مورد")


@pytest.mark.parametrize(
    "text",
    [
        "به گزارش خبرگزاری فارس، جلسه شورای شهر دیروز برگزار شد.",  # the outlet's formula
        "وزیر در این نشست سخنرانی کرد.",  # a verb of saying with no content
        "وزیر درباره این موضوع اظهار نظری نکرد.",  # negated, no content
        "اگر وزیر بگوید که قیمت‌ها ثابت است، بازار آرام می‌شود.",  # hypothetical
        "این دوران را باید دوران طلایی خواند.",  # impersonal
        "وزیر به مردم تبریک گفت.",  # congratulations
        "شاعران اشعاری را در وصف شهدا خواندند.",  # read, not called
    ],
)
def test_more_not_claims(text):
    assert claims_of(text)[1] == ()


def test_a_surname_a_title_or_a_honorific_alone_is_the_person_named_before():
    analysis = analyze_text(
        "حجت‌الاسلام ابراهیم حیدری‌جناسمی گفت: مراسم امسال برگزار می‌شود. حیدری خاطرنشان "
        "کرد: خواهران در روز دوم می‌آیند.\n"
        "محسن عرب مقصودی گفت: گازرسانی ادامه دارد. عرب مقصودی افزود: روستاها گاز دارند.\n"
        "حاج‌آقا ابوترابی گفت: صبر کنید. سپس حاج‌آقا گفت: خیارها را بچینید.\n"
    )
    speakers = [c.speaker for c in analysis.claims]
    assert speakers[0] == speakers[1] and speakers[2] == speakers[3]
    assert speakers[4] == speakers[5]
    assert len(set(speakers)) == 3
    heydari = next(a for a in analysis.actors if a.id == speakers[0])
    assert [m.text for m in heydari.mentions] == ["حجت‌الاسلام ابراهیم حیدری‌جناسمی", "حیدری"]
    # An office alone, or shortened, is its holder quoted before. (Not after a speaker named
    # without an office: news names a person first and gives the office after.)
    analysis = analyze_text(
        "امام جمعه شهر اهرم گفت: سپاه قوی است. امام جمعه اهرم افزود: دشمن ضعیف است. "
        "امام جمعه تصریح کرد: کار مهم است.\n"
    )
    assert len({c.speaker for c in analysis.claims}) == 1
    assert [[m.text for m in a.mentions] for a in analysis.actors if a.type == "person"] == [
        ["امام جمعه شهر اهرم", "امام جمعه اهرم", "امام جمعه"]
    ]


def test_a_demonstrative_of_a_persons_noun_is_the_last_speaker():
    analysis = analyze_text(
        "عبدالمجید شیخی گفت: دولت باید نظارت کند.\n"
        "این اقتصاددان افزود: بانک‌ها باید به تولید کمک کنند.\n"
        "این کارگردان سینما افزود: فیلم بعدی کمدی است.\n"
    )
    assert {c.speaker for c in analysis.claims} == {"P1"}
    assert [a.id for a in analysis.actors if a.type == "person"] == ["P1"]


def test_the_speakers_given_name_or_honorific_the_actor_stage_missed_widens_its_mention():
    analysis = analyze_text(
        "کمالوند گفت: مسابقه برگزار می‌شود.\nفراز کمالوند معتقد است این کار شدنی نیست.\n"
    )
    assert [c.speaker for c in analysis.claims] == ["P1", "P1"]
    (person,) = [a for a in analysis.actors if a.type == "person"]
    assert [m.text for m in person.mentions] == ["کمالوند", "فراز کمالوند"]
    assert person.name == "فراز کمالوند" and person.mentions[1].kind == "name"


def test_a_clause_of_manner_before_the_speaker_is_not_the_speaker():
    analysis = analyze_text(
        "چنانکه خواجه نصیرالدین طوسی در این باره می‌نویسد: «عالم برزخ حق است».\n"
        "راگوژین اندکی سکوت کرد و بعد، چنان‌که سوال خود را از یاد برده باشد، زیرلب گفت: "
        "«ولی من این تابلو را دوست دارم».\n"
    )
    first, second = analysis.claims
    assert first.speaker_text == "خواجه نصیرالدین طوسی"
    speaker = next(a for a in analysis.actors if a.id == second.speaker)
    assert speaker.name == "راگوژین"


def test_a_full_name_before_an_unnamed_persons_title_names_that_person():
    analysis = analyze_text(
        "قیمت نفت بالا رفت. راب کلیفورد کارشناس ارشد انرژی استرالیا در این باره گفت: "
        "بازار جهانی نگران است.\n"
        "نماینده مقام معظم رهبری در بنیاد مسکن گفت: شهدا زنده هستند.\n"
    )
    first, second = analysis.claims
    expert = next(a for a in analysis.actors if a.id == first.speaker)
    assert expert.name == "راب کلیفورد"
    assert [m.kind for m in expert.mentions] == ["name", "title"]
    representative = next(a for a in analysis.actors if a.id == second.speaker)
    assert representative.name == "نماینده مقام معظم رهبری"  # not the Leader himself


def test_commas_inside_a_constituency_do_not_end_the_speakers_phrase():
    analysis = analyze_text(
        "در این راستا زهره احمدی نماینده مردم تبریز، آذرشهر و اسکو با طرح سوالاتی از وزیر "
        "خواست تا پاسخ‌گو باشد.\n"
    )
    (claim,) = analysis.claims
    assert claim.speaker_text == "زهره احمدی"


def test_a_thing_of_his_before_the_verb_is_no_speaker_but_he_is():
    analysis = analyze_text(
        "علی رضایی سرمربی تیم گفت: آماده‌ایم.\n"
        "در ادامه نشست خبری وی در خصوص آینده تیم گفت: فقط می‌توان امیدوار بود.\n"
    )
    speakers = {a.id: a.name for a in analysis.actors}
    assert [speakers[c.speaker] for c in analysis.claims] == ["علی رضایی", "علی رضایی"]
    assert analysis.claims[1].speaker_text == "وی"


def test_an_adverb_of_manner_or_a_sighs_object_is_no_speaker():
    analysis = analyze_text(
        "رضا به خانه آمد و گفت: سلام.\n"
        "آهی کشید و گفت: نمی‌دانم.\n"
        "زینب بریده بریده گفت: آمد.\n"
        "محمد گریه‌کنان گفت: بروید.\n"
    )
    names = {a.id: a.name for a in analysis.actors}
    assert [(names[c.speaker], c.speaker_text) for c in analysis.claims] == [
        ("رضا", "رضا"),
        ("رضا", ""),
        ("زینب", "زینب"),
        ("محمد", "محمد"),
    ]


def test_a_speaker_named_by_a_common_noun_gets_its_heads_gloss_in_english():
    analysis = analyze_text("این سازمان گفت که کار ادامه دارد.\n")
    (claim,) = analysis.claims
    speaker = next(a for a in analysis.actors if a.id == claim.speaker)
    assert (speaker.name, speaker.name_en) == ("این سازمان", "this organisation")


def test_a_passive_verb_of_saying_in_a_document_is_its_issuers_claim():
    analysis = analyze_text(
        "در پیام رئیس سازمان فرهنگ و ارتباطات اسلامی تاکید شده است: جهان امروز بیش از هر "
        "زمان دیگری به گفت‌وگو نیاز دارد.\n"
    )
    speaker = next(a for a in analysis.actors if a.id == analysis.claims[0].speaker)
    assert speaker.name == "رئیس سازمان فرهنگ و ارتباطات اسلامی"
    # Without a document, a passive verb of saying names no source.
    assert analyze_text("گفته می‌شود اختلاف نظرها عمیق است.\n").claims[0].speaker is None


def test_the_outlets_formula_may_close_with_a_semicolon():
    analysis = analyze_text(
        "به گزارش خبرنگار دانشگاهی خبرگزاری مهر؛ جامعه اسلامی دانشجویان دانشگاه شیراز طی "
        "بیانیه‌ای اعلام کرد: ما از مردم غزه حمایت می‌کنیم.\n"
    )
    (claim,) = analysis.claims
    assert (claim.speaker_text, claim.mode) == ("جامعه اسلامی دانشجویان دانشگاه شیراز", "direct")
    assert claim.text == "ما از مردم غزه حمایت می‌کنیم"


def test_a_statements_printed_text_is_its_issuers_sentence_by_sentence():
    analysis = analyze_text(
        "شورای هماهنگی تبلیغات اسلامی استان فارس در بیانیه‌ای اعلام کرد: راهپیمایی فردا "
        "برگزار می‌شود.\n"
        "متن این بیانیه به شرح زیر است:\n"
        "«بِسْمِ اللَّهِ الرَّحْمَنِ الرَّحِیمِ»\n"
        "مردم فارس همواره در صحنه بوده‌اند. ما از همه دعوت می‌کنیم در راهپیمایی شرکت کنند.\n"
        "این حضور پیام وحدت ملت است.\n"
        "گفتنی است راهپیمایی ساعت ۱۰ آغاز می‌شود.\n"
    )
    council = analysis.claims[0].speaker
    printed = [c for c in analysis.claims if c.construction == "text"]
    assert [c.text for c in printed] == [
        "مردم فارس همواره در صحنه بوده‌اند",
        "ما از همه دعوت می‌کنیم در راهپیمایی شرکت کنند",
        "این حضور پیام وحدت ملت است",
    ]
    assert {(c.speaker, c.mode, c.cue) for c in printed} == {(council, "direct", "به شرح زیر است")}
    assert len(analysis.claims) == 4  # the outlet's closing note is no claim


def test_a_list_announced_as_follows_is_no_document():
    analysis = analyze_text(
        "وزیر ورزش گفت: مسابقات برگزار شد.\nاسامی برندگان به شرح زیر است:\n"
        "علی احمدی از تهران مقام اول را کسب کرد.\n"
    )
    assert [c.construction for c in analysis.claims] == ["colon"]


def test_a_body_named_with_the_organisation_it_belongs_to_speaks_for_itself():
    analysis = analyze_text(
        "جامعه اسلامی دانشجویان دانشگاه شیراز در بیانیه‌ای اعلام کرد: ما از مردم غزه "
        "حمایت می‌کنیم.\nشبکه تلویزیونی الجزیره گزارش داد: مذاکرات ادامه دارد.\n"
    )
    names = {a.id: a.name for a in analysis.actors}
    assert [names[c.speaker] for c in analysis.claims] == [
        "جامعه اسلامی دانشجویان دانشگاه شیراز",
        "الجزیره",  # a head and adjectives only describe the organisation named after them
    ]


def test_a_printed_text_ends_where_the_outlet_quotes_someone_again():
    analysis = analyze_text(
        "نماینده مردم شیراز در مجلس از وزیر نیرو خواست تا به پرسش‌ها پاسخ دهد.\n"
        "متن سؤالات نماینده مردم شیراز به وزیر نیرو به شرح زیر است:\n"
        "علت قطعی برق شیراز چیست؟\n"
        "وی گفت: مردم از خاموشی‌ها ناراضی‌اند.\n"
    )
    printed = [c.text for c in analysis.claims if c.construction == "text"]
    assert printed == ["علت قطعی برق شیراز چیست"]
    assert analysis.claims[-1].construction == "colon"


def test_part_or_the_text_of_a_document_is_the_document_speaking():
    # «در بخشی از این بیانیه آمده است» quotes the statement, as «در این بیانیه آمده است» does
    speakers = []
    openings = (
        "در این بیانیه",
        "در بخشی از این بیانیه",
        "در بخشی از متن این بیانیه",
        "در بخش دیگری از این بیانیه",
    )
    for opening in openings:
        text = f"وزارت خارجه بیانیه‌ای صادر کرد. {opening} آمده است: ایران صلح می‌خواهد.\n"
        analysis = analyze_text(text)
        by_id = {a.id: a for a in analysis.actors}
        speakers += [(by_id[c.speaker].name, by_id[c.speaker].type) for c in analysis.claims]
    assert speakers == [("این بیانیه", "organization")] * 4


def test_a_passive_request_in_part_of_a_notice_is_the_notices():
    text = (
        "استانداری قم اطلاعیه‌ای صادر کرد. در بخش دیگری از این اطلاعیه از رانندگان درخواست "
        "شده است تا زنجیر چرخ همراه داشته باشند.\n"
    )
    analysis = analyze_text(text)
    by_id = {a.id: a for a in analysis.actors}
    assert [(by_id[c.speaker].name, by_id[c.speaker].type) for c in analysis.claims] == [
        ("این اطلاعیه", "organization")
    ]


def test_a_study_or_its_findings_speaking_are_a_document_not_a_person():
    text = (
        "یک تحقیق جدید: آنتی بادی در موارد خفیف کرونا به سرعت کاهش می یابد\n"
        "به گزارش خبرگزاری فارس، محققان دانشگاه کالیفرنیا این موضوع را بررسی کردند.\n"
    )
    speakers = speakers_as(analyze_text(text), "type", "name_en")
    assert speakers == [("organization", "study (Yek Tahghigh Jadid)")]


def test_even_after_the_speaker_is_no_part_of_its_name():
    text = "استقلالی‌ها حتی پیشنهاد کردند که بازی به هفته بعد موکول شود.\n"
    assert speaker_names(analyze_text(text)) == ["استقلالی‌ها"]


def test_scripture_and_a_regime_speak_as_documents_and_organisations_not_persons():
    text = (
        "قرآن کریم می‌فرماید: هرگز از رحمت خدا ناامید نشوید.\n"
        "روایات متعدد نیز می‌گویند که صبر کلید گشایش است.\n"
        "رژیم استبدادی اعلام کرد که تظاهرات ممنوع است.\n"
    )
    speakers = speakers_as(analyze_text(text), "name", "type")
    assert speakers == [
        ("قرآن کریم", "organization"),
        ("روایات متعدد", "organization"),
        ("رژیم استبدادی", "organization"),
    ]


def test_an_indefinite_narration_after_the_speaker_is_its_object():
    text = "علامه مجلسی روایتی نقل می‌کند که پیامبر به یاران خود سفارش کرد.\n"
    assert speaker_names(analyze_text(text)) == ["علامه مجلسی"]


def test_a_demonstrative_before_a_plural_document_is_these_in_english():
    text = "خداوند در قرآن از برزخ سخن گفته است. در این آیات آمده است: زندگی پس از مرگ هست.\n"
    analysis = analyze_text(text)
    by_id = {a.id: a for a in analysis.actors}
    assert [by_id[c.speaker].name_en for c in analysis.claims][-1] == "these verses"


def test_people_counted_speak_as_a_group():
    text = "دو نماینده مجلس گفتند که طرح تصویب می‌شود.\nسه شاهد عینی گفتند که انفجار شدید بود.\n"
    speakers = speakers_as(analyze_text(text), "type", "name_en")
    assert speakers == [
        ("group", "representatives (Do Namayandeh Majles)"),
        ("group", "witnesses (Seh Shahed Eyni)"),
    ]


def test_a_clause_of_a_bill_is_a_document_and_his_eminence_is_the_last_person_named():
    text = (
        "در بند الف ماده 13 لایحه بودجه آمده است که بدهی دولت تهاتر می‌شود.\n"
        "رهبر انقلاب در خطبه‌ها بر وحدت تاکید کردند. معظم‌له از جناح‌ها خواستند که متحد باشند.\n"
        "وی گفته است: اعضای ستاد انتخاباتی معتقدند که رقابت سالم است.\n"
    )
    speakers = speakers_as(analyze_text(text), "name", "type")
    assert speakers[0] == ("بند الف ماده 13 لایحه بودجه", "organization")
    assert ("رهبر انقلاب", "person") in speakers[1:3] and ("معظم‌له", "person") not in speakers
    assert speakers[-1] == ("اعضای ستاد انتخاباتی", "group")


def test_what_is_condemned_or_stressed_before_the_verb_is_the_content():
    text = (
        "متن خبر.\n"
        "وزارت خارجه حمله به سفارت را محکوم کرد.\n"
        "سلیمان محبی مدیرکل آموزش و پرورش استان گفت: ایمنی دانش‌آموزان مهم است.\n"
        "این مسئول انتخاب آژانس‌های معتبر برای سرویس مدارس را مورد تاکید قرار داد.\n"
    )
    analysis = analyze_text(text)
    contents = [text[c.start : c.end] for c in analysis.claims]
    assert contents[0] == "حمله به سفارت"
    assert contents[-1] == "انتخاب آژانس‌های معتبر برای سرویس مدارس"


def test_as_written_joined_opens_a_clause_of_manner_before_the_speaker():
    text = "همانگونه‌که استاد مطهری می‌گوید اصلاح‌طلبی یک روحیه اسلامی است.\n"
    assert speaker_names(analyze_text(text)) == ["مطهری"]


def test_a_passive_verb_in_a_relative_clause_does_not_take_the_next_verbs_quotation():
    text = (
        "عبدالهاشم حسن‌نیا استاندار گفت: برنامه‌ها اجرا می‌شود.\n"
        "وی با اشاره به اعتباراتی که در پایان سال مالی ابلاغ می‌شود گفت: هزینه کردن این "
        "اعتبارات زحمت دارد.\n"
    )
    analysis = analyze_text(text)
    last = analysis.claims[-1]
    assert (last.mode, text[last.start : last.end]) == (
        "direct",
        "هزینه کردن این اعتبارات زحمت دارد",
    )
    assert speaker_names(analysis)[-1] == "عبدالهاشم حسن‌نیا"


def test_a_colon_opens_a_clause_whose_subject_is_read_after_it():
    text = (
        "اما بسیار متاسفیم که باید روایت را اینگونه نقل کنیم: از چند روز قبل از وقوع سیل، "
        "هواشناسی در مورد بارش شدید هشدار داده بود.\n"
    )
    speakers = speakers_as(analyze_text(text), "name", "type")
    assert speakers == [("هواشناسی", "organization")]
