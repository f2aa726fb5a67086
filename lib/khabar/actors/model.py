"""What the actor stage produces (:class:`Actor` with its :class:`Mention` s) and what passes
between its steps (:class:`Found`: a mention found in the text, before coreference)."""

from __future__ import annotations

from dataclasses import dataclass, field

from khabar import gazetteer
from khabar.gazetteer import Place

PERSON, ORGANIZATION, GROUP, PLACE = "person", "organization", "group", "place"


@dataclass(frozen=True, slots=True)
class Mention:
    """One reference to an actor: its surface text, kind and raw offsets.

    Kinds: ``name`` (a full name or a proper name, with its honorifics), ``surname`` (a
    person's surname or given name alone, with or without honorifics), ``title`` (an office
    that denotes its holder: «سخنگوی وزارت امور خارجه»), ``nominal`` (an unnamed person
    described: «یک سخنگوی مائرسک», «یکی از شاهدان»), ``pronoun`` (وی, او, ایشان),
    ``demonstrative`` («این مقام», «این محقق», «این کشور»), ``collective`` (دو کشور).
    """

    text: str
    start: int
    end: int
    kind: str
    sentence: int
    paragraph: int


@dataclass(slots=True)
class Actor:
    id: str
    name: str
    name_en: str
    type: str
    roles: list[str] = field(default_factory=list)
    roles_en: list[str] = field(default_factory=list)
    affiliation: str = ""
    mentions: list[Mention] = field(default_factory=list)
    members: list[str] = field(default_factory=list)
    lat: float | None = None
    lon: float | None = None
    # Internal bookkeeping for coreference (not exported).
    key: tuple = ()
    surname: str = ""

    def to_dict(self) -> dict:
        data = {
            "id": self.id,
            "name": self.name,
            "name_en": self.name_en,
            "type": self.type,
            "roles": self.roles,
            "roles_en": self.roles_en,
            "affiliation": self.affiliation,
            "affiliation_en": gazetteer.country_name_en(self.affiliation),
            "mentions": [
                {
                    "text": m.text,
                    "start": m.start,
                    "end": m.end,
                    "kind": m.kind,
                    "sentence": m.sentence,
                    "paragraph": m.paragraph,
                }
                for m in self.mentions
            ],
        }
        if self.members:
            data["members"] = self.members
        if self.lat is not None:
            data["lat"], data["lon"] = self.lat, self.lon
        return data


@dataclass(slots=True)
class Found:
    """A mention found in the text: tokens ``[start, end)`` of the document, its type and kind,
    and what the rules learnt of its referent, which coreference uses to join mentions.

    ``key`` identifies the referent where the text alone does (a place's id, an organisation's
    name, a title with its jurisdiction); ``words`` are the folded words of a person's name
    (honorifics left out) and ``given`` how many of them are given names.
    """

    type: str
    kind: str
    start: int
    end: int
    key: tuple = ()
    name: str = ""
    name_en: str = ""
    role_en: str = ""
    affiliation: str = ""
    place: Place | None = None
    words: tuple[str, ...] = ()
    given: int = 0
    refers: str = ""  # references: person, official, parties, country, province
    source: str = "rules"  # or "recogniser"
    inside: bool = False  # an organisation or place named inside a title or organisation
    quoted: bool = False  # a name in guillemets after an organisation's head (شبکه «X»)
    anaphoric: bool = False  # a title without its jurisdiction: only an earlier holder's
