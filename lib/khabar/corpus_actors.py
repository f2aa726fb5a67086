"""One actor across articles: the same person under other spellings, surname only or with an
honorific is one row of a corpus.

Each article's actor stage already gathers an actor's mentions within the article; across
articles, actors are matched by their names, normalised (no model):

1. the name is folded: compatibility forms, Arabic letter variants (ي ك ة), hamza carriers
   (ئ ؤ أ إ) and alef madda, diacritics and tatweel; spaces and ZWNJs inside the name do not
   count (عبدالله, عبد‌الله and عبد الله are one name);
2. honorifics and ranks before a person's name (آقای، دکتر، حجت‌الاسلام، سردار ...:
   ``data/lexicons/actors/honorifics.tsv``) are stripped, unless nothing would remain;
3. a person's name that is the end of exactly one longer person's name seen in the corpus
   (ظفرقندی, محمدرضا ظفرقندی) is that person; a surname two full names end with stays apart,
   since the evidence does not say which;
4. a place is its gazetteer entry where the gazetteer knows the name (so ایران and
   جمهوری اسلامی ایران, where both are listed, are one), and countries are told apart from
   other places (``type`` "country");
5. a person the actor stage could only name by a pronoun (an article that opens with «وی
   گفت»), or by a title many hold at once («خبرنگار فارس», «کارشناس اقتصادی»: ``holders`` in
   ``titles.tsv``), is a person of that article only (``type`` "unlinked"), as a speaker no
   actor stands for is.

:func:`link_actors` gives every (article, actor) its corpus actor; :func:`corpus_actors`
makes the table of one row per corpus actor.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import cache

import pandas as pd

from khabar.paths import read_table

ZWNJ = "\u200c"
_FOLD = str.maketrans(
    {
        "\u064a": "\u06cc",  # Arabic yeh
        "\u0649": "\u06cc",  # alef maksura
        "\u0643": "\u06a9",  # Arabic kaf
        "\u0629": "\u0647",  # teh marbuta
        "\u06c0": "\u0647",  # heh with yeh above
        "\u0626": "\u06cc",  # yeh with hamza
        "\u0624": "\u0648",  # waw with hamza
        "\u0623": "\u0627",  # alef with hamza above
        "\u0625": "\u0627",  # alef with hamza below
        "\u0622": "\u0627",  # alef madda
        "\u0640": None,  # tatweel
        ZWNJ: None,
    }
)
_MARKS = re.compile(r"[\u064b-\u065f\u0670\u0610-\u061a\u06d6-\u06ed\u200b\u200d-\u200f]")
LINK_COLUMNS = ["source", "actor", "corpus_actor"]
ACTOR_COLUMNS = [
    "corpus_actor",
    "type",
    "name",
    "name_en",
    "forms",
    "articles",
    "mentions",
    "claims",
    "claim_articles",
]


@cache
def fold(word: str) -> str:
    """*word* with its spelling variants folded (see the module docstring, step 1)."""
    return _MARKS.sub("", unicodedata.normalize("NFKC", word)).translate(_FOLD)


def name_tokens(name: str, *, person: bool = False) -> tuple[str, ...]:
    """The folded words of a name; a person's without the honorifics before it."""
    tokens = tuple(t for t in (fold(w) for w in name.split()) if t)
    if person:
        while (cut := _honorific_at_start(tokens)) and cut < len(tokens):
            tokens = tokens[cut:]
    return tokens


@cache
def _honorifics() -> frozenset[tuple[str, ...]]:
    forms = set()
    for row in read_table("lexicons", "actors", "honorifics.tsv"):
        for form in [row["form"], *filter(None, row.get("variants", "").split("|"))]:
            forms.add(tuple(fold(w) for w in form.split()))
    return frozenset(forms)


def _honorific_at_start(tokens: tuple[str, ...]) -> int:
    """How many words at the start of *tokens* are one honorific (the longest), else 0."""
    return max((len(h) for h in _honorifics() if tokens[: len(h)] == h), default=0)


def link_actors(actors: pd.DataFrame) -> pd.DataFrame:
    """Each article's actor (``source``, ``actor``) with its ``corpus_actor`` id, e.g.
    ``person:محمدرضاظفرقندی`` or ``country:IR`` (*actors* is the corpus ``actors`` table)."""
    if actors.empty:
        return pd.DataFrame(columns=LINK_COLUMNS)
    keys = _keys(actors)
    persons = PersonIndex(tokens for kind, tokens in keys.values() if kind == "person")
    linked = []
    for source, kind, name in zip(actors["source"], actors["type"], actors["name"], strict=True):
        corpus_kind, tokens = keys[(kind, name)]
        if corpus_kind == "person" and (tokens in _pronouns() or _shared_title(tokens)):
            # «وی», «خبرنگار فارس» of one article is not another's
            linked.append(unlinked_id(source, tokens))
        elif corpus_kind == "organization" and tokens in _organization_heads():
            # «دولت», «ارتش» alone: the government or army one article is about
            linked.append(unlinked_id(source, tokens))
        elif corpus_kind == "person":
            linked.append(persons.resolve(tokens) or f"person:{''.join(tokens)}")
        else:
            linked.append(f"{corpus_kind}:{''.join(tokens)}")
    return pd.DataFrame(
        {"source": actors["source"], "actor": actors["id"], "corpus_actor": linked},
        columns=LINK_COLUMNS,
    )


def unlinked_id(source: str, tokens: tuple[str, ...]) -> str:
    """The corpus id of an actor or speaker of one article only: ``unlinked:<article>#<its
    words, folded>``."""
    return f"unlinked:{source}#{''.join(tokens)}"


@cache
def _pronouns() -> frozenset[tuple[str, ...]]:
    """The words that stand for a person named elsewhere (وی، او، ایشان): a person the
    actor stage found nobody for is named by one (``data/lexicons/actors/references.tsv``)."""
    rows = read_table("lexicons", "actors", "references.tsv")
    return frozenset(name_tokens(row["form"]) for row in rows if row["refers"] == "person")


@cache
def _shared_titles() -> frozenset[tuple[str, ...]]:
    """Titles many people hold at once (خبرنگار, کارشناس, عضو: ``holders`` in
    ``data/lexicons/actors/titles.tsv``)."""
    rows = read_table("lexicons", "actors", "titles.tsv")
    return frozenset(name_tokens(row["form"]) for row in rows if row["holders"] == "many")


@cache
def _organization_heads() -> frozenset[tuple[str, ...]]:
    """The heads of organisation names (دولت, ارتش, سازمان, مجلس: ``organizations.tsv``),
    which alone do not say which organisation across articles."""
    rows = read_table("lexicons", "actors", "organizations.tsv")
    forms = [f for row in rows for f in (row["form"], *row["variants"].split("|")) if f]
    # one word: «مجلس شورای اسلامی», a variant of «مجلس», is a name
    return frozenset(t for form in forms if len(t := name_tokens(form)) == 1)


def _shared_title(tokens: tuple[str, ...]) -> bool:
    """Whether a person is named only by a title many hold (خبرنگار فارس, کارشناس اقتصادی)."""
    return any(tokens[: len(title)] == title for title in _shared_titles())


def _keys(actors: pd.DataFrame) -> dict[tuple[str, str], tuple[str, tuple[str, ...]]]:
    names = actors[["type", "name"]].drop_duplicates()
    return {(k, n): _key(k, n) for k, n in names.itertuples(index=False, name=None)}


class PersonIndex:
    """The persons' names of a corpus (folded words), and which person a name stands for:
    itself, or the one longer name it ends (step 3); ``None`` for a name of no person."""

    def __init__(self, names: Iterable[tuple[str, ...]]) -> None:
        names = set(names) - _pronouns()
        self.whole = {"".join(t): t for t in names}
        ends: dict[str, dict[str, tuple[str, ...]]] = {}
        for tokens in names:
            for start in range(1, len(tokens)):
                ends.setdefault("".join(tokens[start:]), {})["".join(tokens)] = tokens
        # Names that are one person written with and without a space count once.
        self.longer = {end: next(iter(f.values())) for end, f in ends.items() if len(f) == 1}

    def resolve(self, tokens: tuple[str, ...]) -> str | None:
        """The corpus actor id of the person *tokens* names, or ``None``."""
        joined = "".join(tokens)
        found = self.longer.get(joined) or self.whole.get(joined)
        return f"person:{''.join(found)}" if found else None


def _key(kind: str, name: str) -> tuple[str, tuple[str, ...]]:
    """(corpus type, key words) of an actor: a place by its gazetteer entry where known."""
    if kind == "place":
        place = _gazetteer_place(name)
        if place is not None:  # "country:IR" stays itself; "city:124665" -> "place:city:124665"
            if place.type == "country":
                return "country", (place.id.split(":", 1)[1],)
            return "place", (place.id,)
    if kind == "person" and (known := _well_known_form(name)):
        return kind, known  # جرج بوش, جورج دبلیو بوش: one person under one key
    return kind, name_tokens(name, person=kind == "person") or (fold(name),)


def _well_known_form(name: str) -> tuple[str, ...] | None:
    """The name words of the well-known person (people.tsv) *name* spells, under any of the
    table's spellings, or ``None``."""
    from khabar.actors import lexicons  # loads the actor lexicons: only here

    people = lexicons.table("people")
    entry = people.get(name_tokens(name)) or people.get(name_tokens(name, person=True))
    return name_tokens(entry.form, person=True) if entry is not None else None


def _gazetteer_place(name: str):
    from khabar.gazetteer import name_index  # the gazetteer loads the lexicons: only here

    found = name_index().get(tuple(name.split()))
    return found[0] if found else None


def corpus_actors(
    actors: pd.DataFrame,
    links: pd.DataFrame,
    claims: pd.DataFrame,
    speakers: pd.DataFrame,
    mentions: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """One row per corpus actor: type, the name most used (Persian, English), every form
    of it seen (the actors' names, their mentions by name or surname as the articles write
    them, and the words naming them as speakers), articles and mentions, and the claims it
    makes as speaker (and in how many articles; *speakers* is :func:`speaker_actors`), most
    mentioned first."""
    if actors.empty:
        return pd.DataFrame(columns=ACTOR_COLUMNS)
    joined = actors.assign(corpus_actor=links["corpus_actor"].to_numpy())
    quoted = speakers.groupby("corpus_actor").agg(
        claims=("id", "size"), claim_articles=("source", "nunique")
    )
    forms = _forms(joined, claims, speakers, mentions, links)
    rows = []
    for corpus_actor, group in joined.groupby("corpus_actor", sort=False):
        name = _most_used(group["name"])
        english = group.loc[group["name"] == name, "name_en"]
        rows.append(
            {
                "corpus_actor": corpus_actor,
                "type": corpus_actor.split(":", 1)[0],
                "name": name,
                "name_en": _most_used(english[english != ""]) or _most_used(group["name_en"]),
                "forms": ";".join(sorted(forms[corpus_actor])),
                "articles": group["source"].nunique(),
                "mentions": int(group["mention_count"].sum()),
            }
        )
    table = (
        pd.DataFrame(rows)
        .set_index("corpus_actor")
        .join(quoted)
        .fillna({"claims": 0, "claim_articles": 0})
    )
    table = table.astype({"claims": int, "claim_articles": int}).reset_index()
    speakers_only = _unlinked_speakers(claims, speakers)
    speakers_only = speakers_only[~speakers_only["corpus_actor"].isin(table["corpus_actor"])]
    table = pd.concat([table, speakers_only], ignore_index=True)
    return table.sort_values(
        ["articles", "mentions", "corpus_actor"], ascending=[False, False, True]
    ).reset_index(drop=True)[ACTOR_COLUMNS]


NAME_KINDS = ("name", "surname")  # mentions that write the actor's name


def _forms(
    joined: pd.DataFrame,
    claims: pd.DataFrame,
    speakers: pd.DataFrame,
    mentions: pd.DataFrame | None,
    links: pd.DataFrame,
) -> dict[str, set[str]]:
    """corpus actor -> every form of its name seen: names, mentions by name, speaker words."""
    forms: dict[str, set[str]] = {}
    for actor, name in zip(joined["corpus_actor"], joined["name"], strict=True):
        forms.setdefault(actor, set()).add(name)
    if mentions is not None and not mentions.empty and "kind" in mentions.columns:
        named = mentions[mentions["kind"].isin(NAME_KINDS)].merge(links, on=["source", "actor"])
        for actor, text in zip(named["corpus_actor"], named["text"], strict=True):
            forms.setdefault(actor, set()).add(" ".join(str(text).split()))
    if not claims.empty:
        by_words = claims["speaker"].fillna("").astype(str) == ""
        for actor, text in zip(
            speakers.loc[by_words, "corpus_actor"],
            claims.loc[by_words, "speaker_text"],
            strict=True,
        ):
            if actor in forms and text:
                forms[actor].add(" ".join(str(text).split()))
    return forms


def _unlinked_speakers(claims: pd.DataFrame, speakers: pd.DataFrame) -> pd.DataFrame:
    """A row for each speaker no actor stands for (type "unlinked"), named by the article's
    words for them, so that every speaker of the corpus has a row."""
    from khabar.tables import UNKNOWN_SPEAKER  # the pipeline's tables: only here

    unlinked = speakers["corpus_actor"].str.startswith("unlinked:")
    if not unlinked.any():
        return pd.DataFrame(columns=ACTOR_COLUMNS)
    words = claims.loc[unlinked, "speaker_text"].fillna("").astype(str)
    rows = []
    for corpus_actor, group in speakers[unlinked].assign(words=words).groupby("corpus_actor"):
        name = _most_used(group["words"])
        fa, en = (name, name) if name else UNKNOWN_SPEAKER
        rows.append(
            {
                "corpus_actor": corpus_actor,
                "type": "unlinked",
                "name": fa,
                "name_en": en,
                "forms": ";".join(sorted(set(group["words"]))),
                "articles": group["source"].nunique(),
                "mentions": 0,
                "claims": len(group),
                "claim_articles": group["source"].nunique(),
            }
        )
    return pd.DataFrame(rows, columns=ACTOR_COLUMNS)


def speaker_actors(claims: pd.DataFrame, links: pd.DataFrame, actors: pd.DataFrame) -> pd.DataFrame:
    """The claims (``source``, ``id``) with their speaker's ``corpus_actor``: the speaker's
    actor; else the person the article's words for the speaker name (honorifics stripped,
    as in step 3: «دکتر نیک سرشت» is بهرام نیک‌سرشت where the corpus knows one such person);
    else ``unlinked:<article>#<those words, folded>``, a speaker of its article only («وی»
    or «یک منبع آگاه» in two articles need not be one speaker)."""
    if claims.empty:
        return pd.DataFrame(columns=["source", "id", "corpus_actor"])
    speaker = claims["speaker"].fillna("").astype(str)
    by_actor = links.set_index(["source", "actor"])["corpus_actor"]
    keys = pd.MultiIndex.from_arrays([claims["source"], speaker])
    linked = pd.Series(by_actor.reindex(keys).to_numpy(), index=claims.index)
    persons = (
        PersonIndex(tokens for kind, tokens in _keys(actors).values() if kind == "person")
        if not actors.empty
        else PersonIndex(())
    )
    texts = claims["speaker_text"].fillna("").astype(str)
    named = texts.map(lambda t: persons.resolve(name_tokens(t, person=True)) if t else None)
    unlinked = pd.Series(
        [
            unlinked_id(source, name_tokens(text))
            for source, text in zip(claims["source"].astype(str), texts, strict=True)
        ],
        index=claims.index,
    )
    corpus_actor = linked.where(speaker != "", named).fillna(unlinked)
    return pd.DataFrame(
        {"source": claims["source"], "id": claims["id"], "corpus_actor": corpus_actor}
    )


def _most_used(names: pd.Series) -> str:
    """The name used by most actors, ties to the longest, then the first in order."""
    if names.empty:
        return ""
    counts = Counter(names)
    return max(counts, key=lambda n: (counts[n], len(n)))
