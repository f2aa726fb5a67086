"""Complements: what follows a title or an organisation's head and says whose or where it is
(سخنگوی | وزارت امور خارجه, استاندار | آذربایجان شرقی, سفیر | ایران در اتریش, اداره‌کل |
راهداری و حمل و نقل جاده‌ای استان همدان).

A complement takes an organisation, a ministry's field, a place and a posting after it,
qualifiers (جدید, سابق, برزیلی), and the nouns and adjectives of a name, joined by «و» or a
listing «،» where the name goes on; it ends before a verb or its nominal part, a function
word, a word of time, a person's name or another person's title. :class:`ComplementRules` is
a mixin of :class:`khabar.actors.rules.SentenceRules`; :class:`Complement` is what it finds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from khabar import gazetteer
from khabar.actors import lexicons as lx
from khabar.actors.lexicons import COORDINATORS, DEMONSTRATIVES, IN, Entry
from khabar.actors.model import ORGANIZATION, PLACE
from khabar.actors.places import FACILITY_NAME_WORDS, PLACE_TRIGGERS, namesake_word
from khabar.gazetteer import Place
from khabar.segment import Token

if TYPE_CHECKING:
    from khabar.actors.rules import SentenceRules

# At most this many words of complement after a title or an organisation's head.
MAX_COMPLEMENT = 9
# What follows a verb that ends a clause: «تا» and «که» open the next, punctuation ends it.
_CLAUSE_AFTER_VERB = frozenset({"تا", "که", ":", ".", "،", "؛", ""})
# At most this many words of a revered figure's name before its blessing (امام حسین (ع)).
BLESSED_NAME = 3
# «بخشدار مرکزی تایباد», «بخش مرکزی شهرستان X»: every county's central district.
_CENTRAL = "مرکزی"
# The words of a division before a town's name (every country is in the gazetteer).
_TOWN_TRIGGERS = PLACE_TRIGGERS - {"کشور"}
# Words that say nothing of which office or organisation is meant (استان قم = قم).
_GENERIC = frozenset({"استان", "کشور", "شهر", "شهرستان", "جمهوری", "اسلامی", "،", "و"})


class ComplementRules:
    """Parsing complements (mixed into the sentence's rules)."""

    words: list[str]
    tokens: tuple[Token, ...]

    def _complement(self, j: int, *, takes: str, organization: bool = False) -> Complement:
        """What follows a title or an organisation's head and says whose or where it is: an
        organisation, a ministry's field, a place, a posting (در تهران), qualifiers (جدید,
        سابق, برزیلی), nouns and adjectives of its name; ends before a verb, a function word,
        a word of time, a name or a title of another person."""
        words = self.words
        complement = Complement(j)
        if takes == "posting":
            return self._posting(complement)
        if takes == "constituency":
            return self._constituency(complement)
        count = 0
        domain_ok = takes == "domain"
        while j < len(words) and count < MAX_COMPLEMENT:
            word = words[j]
            if takes == "place" and word == _CENTRAL and self._place_at(j + 1):
                j += 1  # بخشدار مرکزی تایباد: the county's central district, not Markazi
                count += 1
                continue
            if takes == "place" and not self._place_at(j):
                if word in PLACE_TRIGGERS and self._place_at(j + 1):
                    pass  # فرماندار شهرستان نکا: the division's word, then the place
                elif lx.match("named_organizations", words, j):
                    pass  # نماینده مجلس شورای اسلامی: a body, as a place, may follow
                elif (word,) in lx.table("qualifiers") and self._place_at(j + 1):
                    j += 1  # امام جمعه موقت سقز
                    count += 1
                    continue
                elif (
                    not organization and j == complement.start and (town := self._unlisted_town(j))
                ):
                    j += town  # امام جمعه شهر اهرم: a town no gazetteer holds
                    break
                else:
                    break  # دولت, سفارت: only a place may follow (دولت ایران)
            if self._honorific_adjective(j) and j + 1 < len(words):
                j += 1  # وزیر محترم کشور: «محترم» between the title and its field
                continue
            if blessed := self._blessed(j):
                j += blessed  # دانشگاه امام حسین (ع): the revered namesake is the name's
                count += 1
                after = self._word(j)
                if not self._place_at(j) and not (
                    after in PLACE_TRIGGERS and self._place_at(j + 1)
                ):
                    break  # only its place may follow the blessing (بیمارستان امام رضا (ع) مشهد)
                continue
            if (organization or complement.head is not None) and (
                martyr := self._martyr_namesake(j)
            ):
                j += martyr  # قرارگاه شهید شهرامفر: a body named after a martyr
                count += 1
                continue
            if domain_ok and (found := lx.match("domains", words, j)):
                complement.domain = found[1]
                j += found[0]
                domain_ok = False
                if not self._place_at(j):
                    break  # وزارت امور خارجه: the ministry's field ends its name
                continue
            if (found := lx.match("named_organizations", words, j)) and organization:
                break  # دانشگاه | خبرگزاری فارس: another organisation, not this one's name
            if found:
                complement.organizations.append((j, j + found[0], found[1]))
                j += found[0]
                if (
                    self._posted_head(complement)
                    and self._word(j) == IN
                    and (posting := self._place_at(j + 1))
                ):
                    # سخنگوی دفتر سازمان ملل در عراق: the body's office, where it sits
                    complement.posting = (j + 1, j + 1 + posting[0], posting[1])
                    j += 1 + posting[0]
                    break
            elif (place := self._place_at(j)) and not (
                organization and lx.match("organizations", words, j)
            ):
                # A place ends the name (اتاق بازرگانی تبریز), but for a posting after a
                # country (سفیر ایران در اتریش, سفارت ایران در وین; not استاندار لرستان در
                # خرم‌آباد, where the governor is, not his post).
                complement.places.append((j, j + place[0], place[1]))
                j += place[0]
                if (other := self._second_country(complement, j, place[1])) is not None:
                    complement.places.append(other)  # گروه دوستی پارلمانی ایران و روسیه
                    j = other[1]
                elif self._word(j) in PLACE_TRIGGERS and (wider := self._place_at(j + 1)):
                    # سپاه بیت‌المقدس استان کردستان: a unit named after a place, in a province
                    complement.places.append((j + 1, j + 1 + wider[0], wider[1]))
                    j += 1 + wider[0]
                if (
                    (takes in ("country", "place") or self._posted_head(complement))
                    and place[1].type == "country"
                    and self._word(j) == IN
                    and (posting := self._place_at(j + 1))
                ):
                    complement.posting = (j + 1, j + 1 + posting[0], posting[1])
                    j += 1 + posting[0]
                break
            elif word in PLACE_TRIGGERS and (place := self._place_at(j + 1)):
                complement.places.append((j + 1, j + 1 + place[0], place[1]))
                j += 1 + place[0]
                break  # استان قم: the province ends the name
            elif not organization and word in _TOWN_TRIGGERS and self._town_word(j + 1):
                j += 2
                break  # رئیس اداره ورزش شهرستان زیرکوه: a town no gazetteer holds
            elif j > complement.start and self._bare_division(j):
                j += 1
                break  # مدیرکل بهزیستی استان: the province the story is about ends the name
            elif (
                organization
                and word in DEMONSTRATIVES
                and not lx.match("organizations", words, j + 1)
                and not _team_word(self._word(j + 1))
            ):
                # سازمان فرهنگ و ارتباطات اسلامی | این کتاب را: the object, not the name (but
                # کمیسیون سیاست خارجی این مجلس: a body of the organisation named before)
                break
            elif (
                word in DEMONSTRATIVES
                and j + 1 < len(words)
                and (
                    lx.match("organizations", words, j + 1)
                    or _team_word(words[j + 1])
                    or (takes in ("country", "place") and words[j + 1] in PLACE_TRIGGERS)
                    or (
                        takes not in ("country", "place")
                        and lx.is_noun(words[j + 1])
                        and not lx.person_noun(words[j + 1])
                        and not lx.stops_name(words[j + 1])
                    )
                )
            ):
                # سرمربی این تیم, مدیرکل سابق این اداره کل, مسوول این غرفه; a title of a
                # country or place takes only «این کشور», «این استان» (رئیس‌جمهور | این سفر را)
                head = lx.match("organizations", words, j + 1)
                j += 1 + (head[0] if head else 1)
                break  # the demonstrative's noun ends the name
            elif self._joins(j, complement):
                j += 1
            elif self._complement_word(j):
                organization_head = lx.match("organizations", words, j)
                head = organization_head or lx.match("titles", words, j)
                if complement.head is None and organization_head:
                    complement.head = (j, head[1])
                # وزیر محترم کشور: a ministry's field may follow its head and an adjective
                domain_ok = (bool(head) and head[1].takes == "domain") or (
                    domain_ok and lx.is_adjective(word)
                )
                # مجلس نمایندگان: a head of several words is taken whole
                j += organization_head[0] if organization_head else 1
                if word in PLACE_TRIGGERS and j - complement.start > 1:
                    break  # ... عمومی کشور: «کشور» (the country, Iran) ends the name
            else:
                break
            count += 1
        while j > complement.start and (
            words[j - 1] in COORDINATORS or self._honorific_adjective(j - 1)
        ):
            j -= 1
        return self._ended(complement, j)

    def _posted_head(self, complement: Complement) -> bool:
        """Whether *complement* holds an organisation's head that names the country it
        belongs to and so may be posted in another (وابسته مطبوعاتی سفارت ایران در کویت)."""
        return complement.head is not None and complement.head[1].posted

    def _second_country(
        self, complement: Complement, j: int, place: Place
    ) -> tuple[int, int, Place] | None:
        """The second country of a bilateral body («... مشترک ایران و ترکیه») after the first
        ends at *j*: «و» and a country, where a word of bilateral.tsv comes before them."""
        if place.type != "country" or self._word(j) != "و":
            return None
        other = self._place_at(j + 1)
        if other is None or other[1].type != "country":
            return None
        if not any(lx.match("bilateral", self.words, k) for k in range(complement.start, j - 1)):
            return None
        return j + 1, j + 1 + other[0], other[1]

    def _honorific_adjective(self, j: int) -> bool:
        """A qualifier that is no part of a name (محترم, گرامی): it may stand inside a title
        but never ends one."""
        word = self.words[j]
        return (word,) in lx.table("qualifiers") and lx.stops_name(word)

    def _posting(self, complement: Complement) -> Complement:
        """A title of one holder per place, with the place after «در» or none (نماینده ولی
        فقیه در استان کردستان)."""
        j = complement.start
        if self._word(j) == IN:
            k = j + 2 if self._word(j + 1) in PLACE_TRIGGERS else j + 1
            place = self._place_at(k)
            if place is not None:
                # a place of the key and the English role («... of Kurdistan»), not a posting
                # that the key leaves out
                complement.places.append((k, k + place[0], place[1]))
                j = k + place[0]
        return self._ended(complement, j)

    def _constituency(self, complement: Complement) -> Complement:
        """A member of parliament's constituency: places listed with «،» and «و» (تهران، ری،
        شمیرانات و اسلامشهر), then the assembly after «در» (در مجلس شورای اسلامی)."""
        j = complement.start
        place = self._place_at(j)
        if place is not None:
            complement.places.append((j, j + place[0], place[1]))
            j += place[0]
        while complement.places and self._word(j) in COORDINATORS:
            if place := self._place_at(j + 1):
                complement.places.append((j + 1, j + 1 + place[0], place[1]))
                j += 1 + place[0]
            elif self._listed_town(j + 1):
                j += 2  # ، ری: a town the gazetteer lacks, listed with one it holds
            else:
                break
        if complement.places and self._word(j) == IN:
            if named := lx.match("named_organizations", self.words, j + 1):
                complement.organizations.append((j + 1, j + 1 + named[0], named[1]))
                j += 1 + named[0]
            elif assembly := lx.match("organizations", self.words, j + 1):
                j += 1 + assembly[0]  # در مجلس
        return self._ended(complement, j)

    def _ended(self, complement: Complement, end: int) -> Complement:
        """*complement* ending before word *end*, with the sentence's tokens and words."""
        complement.end = end
        complement.tokens = self.tokens
        complement.words = self.words
        return complement

    def _listed_town(self, j: int) -> bool:
        """Whether the word at *j* is one more town of a constituency's list: a word that may
        be a name and starts no office, organisation or honorific of its own (تبریز و |عضو
        کمیسیون: a second office of the member, not a town)."""
        word = self._word(j)
        words = self.words
        return (
            bool(word)
            and not lx.stops_name(word)
            and not lx.is_verb(word)
            and any(c.isalpha() for c in word)
            and not any(
                lx.match(name, words, j)
                for name in ("titles", "organizations", "named_organizations", "honorifics")
            )
        )

    def _unlisted_town(self, j: int) -> int:
        """How many words from *j* name a town the gazetteer lacks, after a title of a place:
        a place's word and a word that may be a name («شهر اهرم»: 2), or such a word alone
        when the noun phrase ends after it («امام جمعه اهرم | تصریح کرد»: 1); 0 if neither."""
        word = self._word(j)
        if word in _TOWN_TRIGGERS and self._town_word(j + 1):
            return 2
        after = self._word(j + 1)
        ends = (
            not after
            or lx.stops_name(after)
            or lx.is_light_verb(self._word(j + 2))  # تصریح کرد: a verb's nominal part
            or not any(c.isalpha() for c in after)
        )
        return int(ends and self._town_word(j) and word not in PLACE_TRIGGERS)

    def _town_word(self, j: int) -> bool:
        """A word that may be a town's name: it may be a name, is rare in general text, and
        is no adjective and no person's name (فرماندار جدید, امام جمعه حسینی)."""
        word = self._word(j)
        return (
            self._listed_town(j)
            and lx.frequency(word) < lx.SURNAME_MAX_FREQUENCY
            and not lx.possessed_noun(word)  # شهردار منتخبشان: their elected mayor
            and not lx.is_light_verb(self._word(j + 1))  # امام جمعه | تصریح کرد
            and not lx.is_adjective(word)
            and not lx.is_given(word)
            and not lx.starts(word) & lx.PERSON
        )

    def _blessed(self, j: int) -> int:
        """How many words from *j* are a revered figure's name and its blessing in parentheses
        (امام حسین (ع), ولیعصر (عج), or the blessing alone right after the name): up to
        :data:`BLESSED_NAME` words that could be a name's, «(», a blessing, «)»; 0 if none."""
        words = self.words
        if "(" not in words[j : j + BLESSED_NAME + 1]:
            return 0  # most complement words: no parenthesis near
        for k in range(j, min(j + BLESSED_NAME + 1, len(words))):
            if words[k] == "(":
                blessing = lx.match("blessings", words, k + 1)
                if blessing and self._word(k + 1 + blessing[0]) == ")":
                    return k + 2 + blessing[0] - j
                return 0
            if lx.stops_name(words[k]) or not any(c.isalpha() for c in words[k]):
                return 0
        return 0

    def _martyr_namesake(self, j: int) -> int:
        """How many words from *j* are «شهید» and the name of the martyr a body is named
        after (تیم فجر شهید سپاسی, قرارگاه شهید شهرامفر); 0 if none."""
        if self.words[j] not in lx.martyr_words():
            return 0
        k = j + 1
        while (
            k < len(self.words)
            and k - j <= FACILITY_NAME_WORDS
            and namesake_word(self.words[k], honoured=True)
        ):
            k += 1
        return k - j if k > j + 1 else 0

    def _bare_division(self, j: int) -> bool:
        """«استان» with no place after it: the province of the story (references.tsv)."""
        found = lx.match("references", self.words, j)
        return bool(found) and found[0] == 1 and found[1].takes == "province"

    def _complement_word(self, j: int) -> bool:
        words = self.words
        word = words[j]
        if (word,) in lx.table("name_words") and j > 0:
            return True  # فراکسیون اقلیت: hazm's lexicon tags اقلیت as a quantifier
        if (
            lx.stops_name(word)
            or lx.is_given(word)
            or lx.given_written_apart(word, self._word(j + 1))  # نور الدین پیرموذن
            or lx.starts(word) & lx.PERSON
            or lx.match("honorifics", words, j)
            or lx.is_comparative(word)
            or not any(c.isalpha() and c != "ـ" for c in word)
        ):
            return False
        if lx.match("titles", words, j) and not lx.is_adjective(word):
            # another office: معاون عمرانی وزیر کشور (the deputy's minister) goes on, a new
            # person's title after a name does not
            return True
        if j + 1 < len(words) and lx.is_light_verb(words[j + 1]):
            return False  # اظهار داشت, برگزار شد: a verb's nominal part
        if lx.may_be_past_verb(word) and self._word(j + 1) in _CLAUSE_AFTER_VERB:
            return False  # از وزیر خواست تا ...: the verb, though خواست is also a noun
        if (lx.match("references", words, j) and not self._place_at(j + 1)) or lx.is_plural(word):
            return False  # شاهدان: people, not a name's part
        return lx.is_content_word(word) and len(word) > 1

    def _joins(self, j: int, complement: Complement) -> bool:
        """Whether «و» or «،» at *j* joins two parts of one name."""
        if self.words[j] == "و":
            return self._coordinated(j, complement)
        return self.words[j] == "،" and complement.domain is None and self._listed(j)

    def _coordinated(self, j: int, complement: Complement) -> bool:
        """Whether «و» at *j* joins two parts of one name (اوقاف و امور خیریه, راهداری و حمل
        و نقل) rather than two mentions: a noun or adjective follows, that starts no title,
        name or organisation of its own, and the phrase does not end in a verb right after."""
        words = self.words
        nxt = self._word(j + 1)
        if not nxt or j == complement.start:
            return False
        return (
            self._complement_word(j + 1)
            and not lx.match("titles", words, j + 1)
            and not lx.match("organizations", words, j + 1)
            and not lx.match("named_organizations", words, j + 1)
            and not gazetteer.match(words, j + 1)
            and not lx.person_noun(nxt)
            and not lx.is_verb(self._word(j + 2))
        )

    def _listed(self, j: int) -> bool:
        """«،» inside a list that «و» closes within a few words (جودو، جوجیتسو و کوراش)."""
        words = self.words
        for k in range(j + 1, min(len(words), j + 4)):
            if words[k] == "و":
                return all(self._complement_word(m) for m in range(j + 1, k))
            if words[k] == "،" or not self._complement_word(k):
                return False
        return False


class Complement:
    """The complement of a title or an organisation's head (see ``SentenceRules._complement``)."""

    def __init__(self, start: int) -> None:
        self.start = self.end = start
        self.domain: Entry | None = None
        self.head: tuple[int, Entry] | None = None
        self.organizations: list[tuple[int, int, Entry]] = []
        self.places: list[tuple[int, int, Place]] = []
        self.posting: tuple[int, int, Place] | None = None
        self.tokens: tuple[Token, ...] = ()
        self.words: list[str] = []

    @classmethod
    def of_words(cls, words: list[str]) -> Complement:
        """All of *words* as a complement (an organisation's name as a title's jurisdiction)."""
        complement = cls(0)
        complement.words, complement.end = words, len(words)
        return complement

    def key(self) -> tuple:
        """What identifies the office's holder: whether the title says *former*, and the
        jurisdiction's words less generic ones (استان), organisation heads (اداره کل) and
        the posting: «سفیر بلاروس» is «سفیر بلاروس در تهران»."""
        end = self.posting[0] - 1 if self.posting else self.end
        parts = lx.solid_parts()
        words = [part for w in self.words[self.start : end] for part in parts.get(w, (w,))]
        qualifiers = lx.table("qualifiers")
        former = any(q.kind == "yes" for w in words if (q := qualifiers.get((w,))))
        heads = lx.table("organizations")
        specific = frozenset(
            w for w in words if w not in _GENERIC and (w,) not in qualifiers and (w,) not in heads
        )
        return former, specific or frozenset(w for w in words if (w,) not in qualifiers)

    def country(self) -> str:
        if self.organizations:
            return self.organizations[0][2].country
        if self.places:
            return self.places[0][2].country
        return ""

    def english(self) -> str:
        parts = []
        if self.domain is not None:
            parts.append(f" of {self.domain.name_en}")
        if self.organizations:
            parts.append(f" of the {self.organizations[0][2].name_en}")
        elif self.head is not None:
            parts.append(f" of the {self.head[1].name_en}")
        if self.places:
            parts.append(f" of {_places_en(self.places)}")
        if self.posting:
            parts.append(f" in {self.posting[2].name_en}")
        return "".join(parts)

    def emit(self, rules: SentenceRules) -> None:
        """The organisations and places a title names: the holder's affiliation and where."""
        for start, end, entry in self.organizations:
            rules._add_named_organization(start, end, entry, inside=True)
        if self.head is not None and not self.organizations and self.end > self.head[0] + 1:
            start, entry = self.head
            end = self.end
            name = " ".join(t.text for t in self.tokens[start:end])
            places = [p for p in self.places if p[0] >= start]
            place_en = f" of {_places_en(places)}" if places else ""
            rules._add(
                "name",
                ORGANIZATION,
                start,
                end,
                key=lx.organization_key(self.words[start:end]),
                name=name,
                name_en=entry.name_en + place_en,
                affiliation=places[0][2].country if places else "",
                inside=True,
            )
        head_start = self.head[0] if self.head is not None else len(self.words)
        for start, end, place in [*self.places, *filter(None, [self.posting])]:
            if start < head_start:
                rules._add("name", PLACE, start, end, place=place, key=("place", place.id))


def _places_en(places: list[tuple[int, int, Place]]) -> str:
    """The English of a complement's places: one, a bilateral body's two countries (Iran and
    Russia), or the province of a unit named after a place (سپاه بیت‌المقدس استان کردستان)."""
    if len(places) > 1 and all(place.type == "country" for _, _, place in places):
        return " and ".join(place.name_en for _, _, place in places)
    return places[-1][2].name_en


def _team_word(word: str) -> bool:
    return (word,) in lx.table("organization_cues")
