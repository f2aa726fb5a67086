"""What the notebooks say about an article, computed from its analysis, in Persian and English.

A notebook's Markdown explains method and how to read; every sentence about the article
itself (what the cleaner restored, which paragraph is the headline, how each person is
referred to, who asks whom, who leads on which theme) comes from a function here, filled in
from the analysis with the sentences of ``data/narrative/sentences.tsv``. Each function returns
an IPython ``HTML`` block: the Persian right to left, then the English. Article text (names,
quoted words) is untrusted input and is always HTML-escaped.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable

from IPython.display import HTML

from khabar.analysis import Analysis
from khabar.display import has_persian
from khabar.labels import scheme_name
from khabar.lexicon import ZWNJ
from khabar.prose import Text, join, render, sentences
from khabar.segment import words
from khabar.themes import codebook

EXAMPLES = 3
TOP_PERSONS = 2


def _sentences() -> dict[str, dict[str, str]]:
    return sentences()


# ----- notebooks 00 and 01: the raw text and the cleaner ------------------------------------
def raw_text_note(analysis: Analysis) -> HTML:
    """How many ZWNJs the raw text has, how many the cleaner restores, with examples."""
    return render([_zwnj_sentence(analysis)])


def _zwnj_sentence(analysis: Analysis) -> Text:
    changes = analysis.cleaned.changes
    restored = sum(
        c.after.count(ZWNJ) - c.before.count(ZWNJ) for c in changes if c.kind.startswith("zwnj")
    )
    raw = analysis.raw.count(ZWNJ)
    words_changed = _restored_words(analysis)
    key = "raw.zwnj_complete" if not restored else "raw.some_zwnj" if raw else "raw.no_zwnj"
    sentence = Text.say(key, raw=raw, restored=restored, words=len(words_changed))
    if words_changed:
        examples = [
            Text.name(f"{before} ← {after}", f"{before} → {after}")
            for before, after in words_changed[:EXAMPLES]
        ]
        sentence += Text.say("raw.examples", examples=join(examples))
    others = sum(not c.kind.startswith("zwnj") for c in changes)
    if others:
        sentence += Text.say("raw.other_changes", count=others)
    return sentence


def _restored_words(analysis: Analysis) -> list[tuple[str, str]]:
    """(raw, cleaned) of each word whose ZWNJs the cleaner restored, in reading order."""
    from khabar.tables import word_changes

    table = word_changes(analysis.cleaned)
    return list(zip(table["before"], table["after"], strict=True))


def token_note(analysis: Analysis) -> HTML:
    """Whether cleaning moved token boundaries, and what it did to the number of types."""
    before, after = words(analysis.raw), analysis.document.word_texts()
    if not any(map(has_persian, after)):
        return render([Text.say("tokens.none")])
    fields = {"types": len(set(before)), "respelled": len(set(before) - set(after))}
    if len(before) == len(after):
        key = "tokens.same" if fields["respelled"] else "tokens.unchanged"
        return render([Text.say(key, tokens=len(after), **fields)])
    return render([Text.say("tokens.changed", before=len(before), after=len(after), **fields)])


# ----- notebook 02: actors -------------------------------------------------------------------
def headline_note(analysis: Analysis) -> HTML:
    return render([Text.say("headline.yes" if analysis.document.headline else "headline.no")])


def mention_order_note(analysis: Analysis, *, top: int = TOP_PERSONS) -> HTML:
    """For the *top* most mentioned persons: the kind of their first mention, then the kinds
    of the others in order of first use."""
    people = sorted(
        (a for a in analysis.actors if a.type == "person" and a.mentions),
        key=lambda a: (-len(a.mentions), a.mentions[0].start),
    )[:top]
    if not people:
        return render([Text.say("order.none")])
    sentences = []
    for person in people:
        mentions = sorted(person.mentions, key=lambda m: m.start)
        kinds = list(dict.fromkeys(m.kind for m in mentions[1:]))
        fields = {
            "name": Text.name(person.name, person.name_en),
            "first": _kind(mentions[0].kind),
            "paragraph": mentions[0].paragraph,
        }
        if kinds:
            sentences.append(
                Text.say("order.person", rest=join([_kind(k) for k in kinds]), **fields)
            )
        else:
            sentences.append(Text.say("order.person_once", **fields))
    return render(sentences)


def _kind(kind: str) -> Text:
    row = _sentences().get(f"kind.{kind}")
    return Text(row["fa"], row["en"]) if row else Text.name(kind)


def requests_note(analysis: Analysis) -> HTML:
    """Who makes a request of whom, where, in the article's own words."""
    actors = {a.id: a for a in analysis.actors}
    sentences = []
    for claim in analysis.claims:
        if claim.kind != "request" or claim.addressee not in actors:
            continue
        speaker, addressee = actors.get(claim.speaker), actors[claim.addressee]
        sentences.append(
            Text.say(
                "request.one",
                speaker=Text.name(speaker.name, speaker.name_en)
                if speaker
                else Text.name(claim.speaker_text),
                addressee=Text.name(addressee.name, addressee.name_en),
                paragraph=claim.paragraph,
                cue=_request_words(analysis, claim),
            )
        )
    return render(sentences or [Text.say("request.none")])


def _request_words(analysis: Analysis, claim) -> str:
    """The raw words from the addressee's first mention in the sentence to the cue, e.g.
    «از سفیر خواست»: what a reader searches for in the article."""
    sentence = analysis.document.sentences[claim.sentence]
    tokens = analysis.document.sentence_tokens(sentence)
    cue = next(
        (t for t in tokens if t.raw_start < claim.start and t.text == claim.cue.split()[-1]), None
    )
    addressee = next(a for a in analysis.actors if a.id == claim.addressee)
    mention = next((m for m in addressee.mentions if m.sentence == claim.sentence), None)
    if cue is None or mention is None or mention.start > cue.raw_start:
        return claim.cue
    start = max((t.raw_start for t in tokens if t.raw_end <= mention.start), default=mention.start)
    return analysis.raw[start : cue.raw_end]


def other_actors_note(analysis: Analysis) -> HTML:
    """How many actors of each type; persons known by title only; places found through a
    spelling of their name that the gazetteer does not list."""
    counts = Counter(a.type for a in analysis.actors)
    sentences = [
        Text.say(
            "actors.counts",
            persons=counts["person"],
            organizations=counts["organization"],
            groups=counts["group"],
            places=counts["place"],
        )
    ]
    unnamed = [a for a in analysis.actors if a.type == "person" and a.roles and a.name in a.roles]
    if unnamed:
        sentences.append(
            Text.say("actors.unnamed", names=join([Text.name(a.name, a.name_en) for a in unnamed]))
        )
    places = [a for a in analysis.actors if a.type == "place"]
    for place in places:
        if place.key[:1] == ("road",):
            continue  # a road is named by its ends, not by the gazetteer
        # «استان کرمان» writes the gazetteer's name after the province's word: no variant.
        written = sorted(
            {m.text for m in place.mentions if m.kind == "name" and not m.text.endswith(place.name)}
        )
        if written:
            sentences.append(
                Text.say(
                    "actors.variant",
                    written=join([Text.name(f"«{w}»") for w in written]),
                    name=place.name,
                    name_en=place.name_en,
                )
            )
    if places:
        sentences.append(Text.say("actors.places"))
    return render(sentences)


# ----- notebook 03: claims -------------------------------------------------------------------
def claims_note(analysis: Analysis) -> HTML:
    """How many claims, by how many speakers, direct and indirect; claims without an actor."""
    claims = analysis.claims
    if not claims:
        return render([Text.say("claims.none")])
    speakers = {c.speaker or f"text:{c.speaker_text}" for c in claims}
    sentences = [
        Text.say(
            "claims.counts",
            claims=len(claims),
            speakers=len(speakers),
            direct=sum(c.mode == "direct" for c in claims),
            indirect=sum(c.mode == "indirect" for c in claims),
        )
    ]
    unattributed = [c for c in claims if c.speaker is None]
    if unattributed:
        texts = list(
            dict.fromkeys(f"«{c.speaker_text}»" if c.speaker_text else "—" for c in unattributed)
        )
        sentences.append(
            Text.say(
                "claims.unattributed",
                count=len(unattributed),
                texts=join([Text.name(t) for t in texts]),
            )
        )
    return render(sentences)


# ----- notebooks 04 and 05: themes --------------------------------------------------------
def theme_leaders_note(analysis: Analysis) -> HTML:
    """For each speaker, the themes on which their share of claims is the highest of all
    speakers' (a theme two speakers share equally is given to both)."""
    shares = _theme_shares(analysis)
    if not shares:
        return render([Text.say("themes.none")])
    labels = {t.id: t for t in codebook()}
    speakers = list(shares)
    if len(speakers) == 1:
        (speaker,) = speakers
        themes = [_theme(labels[t]) for t in _in_codebook_order(shares[speaker])]
        return render(
            [Text.say("themes.only", speaker=_speaker(analysis, speaker), themes=join(themes))]
        )
    sentences = []
    for speaker in speakers:
        led = [
            theme
            for theme, share in shares[speaker].items()
            if share >= max(shares[s].get(theme, 0.0) for s in speakers)
        ]
        if led:
            themes = [_theme(labels[t]) for t in _in_codebook_order(led)]
            sentences.append(
                Text.say("themes.leads", speaker=_speaker(analysis, speaker), themes=join(themes))
            )
    return render(sentences)


def shared_themes_note(analysis: Analysis) -> HTML:
    """The themes raised by more than one speaker: where the speakers' agendas meet."""
    shares = _theme_shares(analysis)
    raised = Counter(theme for themes in shares.values() for theme in themes)
    shared = _in_codebook_order([t for t, n in raised.items() if n > 1])
    if not shared:
        return render([Text.say("themes.not_shared" if shares else "themes.none")])
    labels = {t.id: t for t in codebook()}
    return render([Text.say("themes.shared", themes=join([_theme(labels[t]) for t in shared]))])


def topic_profile_note(analysis: Analysis, *, scheme: str = "cap", rest: int = 2) -> HTML:
    """The article's main code under *scheme* with its share of the total score and the
    paragraphs carrying it, then the next *rest* codes."""
    found = [t for t in analysis.topics.document if t.scheme == scheme]
    name = _scheme(scheme)
    if not found:
        return render([Text.say("topics.none", scheme=name)])
    first = found[0]
    paragraphs = sum(
        any(t.scheme == scheme and t.code == first.code for t in topics)
        for topics in analysis.topics.paragraphs.values()
    )
    if len(found) == 1:
        return render(
            [Text.say("topics.profile_one", scheme=name, first=_code(first), paragraphs=paragraphs)]
        )
    share = first.score / sum(t.score for t in found)
    return render(
        [
            Text.say(
                "topics.profile",
                scheme=name,
                first=_code(first),
                share=f"{share:.0%}",
                paragraphs=paragraphs,
                rest=join([_code(t) for t in found[1 : 1 + rest]]),
            )
        ]
    )


def topic_stress_note(analysis: Analysis, *, scheme: str = "cap") -> HTML:
    """For each speaker with coded claims, the code(s) of *scheme* their claims carry most."""
    claims_of = Counter(_speaker_key(c) for c in analysis.claims)
    carrying: dict[str, Counter] = {}
    labels = {}
    for claim in analysis.claims:
        for topic in analysis.topics.claims.get(claim.id, ()):
            if topic.scheme == scheme:
                carrying.setdefault(_speaker_key(claim), Counter())[topic.code] += 1
                labels[topic.code] = topic
    if not carrying:
        return render([Text.say("topics.no_claims", scheme=_scheme(scheme))])
    sentences = []
    for speaker, counts in carrying.items():
        most = max(counts.values())
        codes = [labels[code] for code, n in counts.items() if n == most]
        sentences.append(
            Text.say(
                "topics.stress",
                speaker=_speaker(analysis, speaker),
                codes=join([_code(t) for t in codes]),
                share=f"{most}/{claims_of[speaker]}",
            )
        )
    return render(sentences)


def _speaker_key(claim) -> str:
    return claim.speaker or f"text:{claim.speaker_text}"


def _scheme(scheme: str) -> Text:
    fa, en = scheme_name(scheme)
    return Text(html.escape(fa), html.escape(en))


def _code(topic) -> Text:
    fa, en = html.escape(topic.label_fa or topic.label), html.escape(topic.label or topic.code)
    return Text(f"«{fa}»", f"<em>{en}</em>")


def _theme_shares(analysis: Analysis) -> dict[str, dict[str, float]]:
    """Speaker key -> theme -> share of the speaker's claims carrying it (themed speakers only),
    speakers in order of their first claim."""
    claims_of: dict[str, list] = {}
    for claim in analysis.claims:
        claims_of.setdefault(_speaker_key(claim), []).append(claim)
    shares = {}
    for speaker, claims in claims_of.items():
        counts = Counter(t for c in claims for t in c.themes)
        if counts:
            shares[speaker] = {t: n / len(claims) for t, n in counts.items()}
    return shares


def _in_codebook_order(themes: Iterable[str]) -> list[str]:
    order = {t.id: n for n, t in enumerate(codebook())}
    return sorted(themes, key=order.__getitem__)


def _theme(theme) -> Text:
    return Text(html.escape(theme.label_fa), html.escape(theme.label_en))


def _speaker(analysis: Analysis, key: str) -> Text:
    actor = next((a for a in analysis.actors if a.id == key), None)
    if actor is not None:
        return Text.name(actor.name, actor.name_en)
    return Text.name(key.removeprefix("text:") or "?")
