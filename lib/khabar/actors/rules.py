"""Rules: the mentions a sentence holds, found from the lexicons and the gazetteer.

At each word the first rule that finds a mention takes its words, in this order:

1. references: pronouns (وی, او, ایشان), «این» with a person noun or title (این مقام, این
   محقق, این مربی برزیلی), collective references (دو کشور) and «این کشور / این استان»;
2. unnamed persons: «یک» with a person noun or title (یک سخنگوی مائرسک, یک منبع آگاه),
   «یکی از» with its plural (یکی از شاهدان انفجار);
3. honorifics and ranks with the name they precede (آقای منظور, سرتیپ یحیی سریع,
   حجت‌الاسلام قمی): one name mention;
4. titles of office with their jurisdiction (سخنگوی وزارت امور خارجه, استاندار آذربایجان
   شرقی, سفیر ایران در اتریش): one title mention; the organisation inside it is the holder's
   affiliation (an organisation mention of its own), a place inside it a place mention;
5. well-known people (people.tsv), named organisations (حماس, نیروی قدس), organisations as a
   head and its complement (اتاق بازرگانی تبریز), groups (مسئولان اقتصادی استان);
6. full names: given names and a surname (عابدین خرم, محمد ظهیر عظیمی);
7. places from the gazetteer.

No mention runs into a verb, a function word or a word of time or discourse (اظهار داشت,
روز پنجشنبه, همچنین): a noun followed by a verb is the verb's nominal part and ends the span.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from itertools import compress

from khabar import gazetteer
from khabar.actors import lexicons as lx
from khabar.actors.complements import DEMONSTRATIVES, IN, Complement, ComplementRules
from khabar.actors.model import GROUP, ORGANIZATION, PERSON, PLACE, Found
from khabar.actors.names import described, english_name, plural_en
from khabar.actors.places import PLACE_CONTEXT, PlaceRules
from khabar.forms import PerForm
from khabar.gazetteer import Place
from khabar.lexicon import ZWNJ, fold, longest_match
from khabar.segment import Document, Token, is_word_text, lemma

# Which rules each of many words can start (see khabar.forms).
_STARTS = PerForm(lx.starts, maxsize=1_000_000)
# At most this many given names open a full name (محمد حسین علی ...).
MAX_GIVEN = 3
# The most words of an organisation's name in guillemets after its head (شبکه «اسکای نیوز»).
MAX_QUOTED_NAME = 6
MAX_AFFAIRS = 4  # معاون وزیر امور خارجه در امور آسیا و اقیانوسیه
MAX_HEAD_DESCRIPTION = 2  # پایگاه اطلاع‌رسانی خبری «X»
# Cues that name an act, not a kind of organisation: «گزارش «X»» is a report's title, but
# «به گزارش «X»» credits an outlet.
_ACTIVITY_CUES = frozenset({"گزارش"})
# An unnamed person's description (یکی از شاهدان انفجار) is at most this many words long.
MAX_UNNAMED = 3
MAX_STATE_ADJECTIVES = 2  # 7 کشور مهم دیگر عضو سازمان تجارت جهانی
_COUNTRY = "کشور"
_ONE = "یک"
_ONE_OF = ("یکی", "از")


class SentenceRules(PlaceRules, ComplementRules):
    """The rules' pass over one sentence: :meth:`run` gives its mentions in order."""

    def __init__(self, tokens: tuple[Token, ...], words: list[str]) -> None:
        self.tokens = tokens
        self.words = words
        self.first = tokens[0].index if tokens else 0
        self.found: list[Found] = []

    # ----- the pass ---------------------------------------------------------------------
    def run(self, starts: list[int]) -> list[Found]:
        """The mentions, trying the rules at *starts* (ascending positions: the words that
        can start one, :func:`starts_of`) left to right, past the words each mention takes."""
        i = 0
        for start in starts:
            if start >= i:
                i = start + (self._at(start) or 1)
        return self.found

    def _at(self, i: int) -> int:
        """The words taken by the first rule that finds a mention at *i* (0: none); only the
        rules the word can start are tried (:func:`khabar.actors.lexicons.starts`)."""
        word = self.words[i]
        bits = lx.starts(word)
        for bit, rule in _RULES:
            if bits & bit and (taken := rule(self, i)):
                return taken
        if not bits & lx.PLACE and not lx.is_unknown_word(word):
            return 0  # no place name begins with it, and it is no unknown spelling of one
        return self._place(i)

    def _add(self, kind: str, type_: str, start: int, end: int, **fields) -> Found:
        found = Found(type_, kind, self.first + start, self.first + end, **fields)
        self.found.append(found)
        return found

    def _word(self, i: int) -> str:
        return self.words[i] if 0 <= i < len(self.words) else ""

    # ----- references and unnamed persons ----------------------------------------------
    def _reference(self, i: int) -> int:
        found = lx.match("references", self.words, i)
        if found:
            length, entry = found
            if entry.takes in ("person", "official", "parties", "country", "province"):
                if entry.takes in ("country", "province") and length == 1:
                    return 0  # bare استان: a complement, handled by groups and titles
                self._add(
                    _REFERENCE_KINDS[entry.takes],
                    GROUP if entry.takes == "parties" else PERSON,
                    i,
                    i + length,
                    refers=entry.takes,
                    name=entry.form,
                    name_en=entry.name_en,
                )
                return length
        if self.words[i] in DEMONSTRATIVES and i + 1 < len(self.words):
            noun = lx.person_noun(self.words[i + 1])
            if noun and not lx.is_plural(self.words[i + 1]):
                end = self._complement(i + 2, takes="organization").end
                self._add("demonstrative", PERSON, i, end, refers="official", name_en=noun.name_en)
                return end - i
            if head := lx.match("organizations", self.words, i + 1):
                # این سفارتخانه, این سازمان: the organisation of that kind named before, if
                # any (coreference decides)
                length, entry = head
                self._add(
                    "demonstrative",
                    ORGANIZATION,
                    i,
                    i + 1 + length,
                    refers="organization",
                    name=entry.form,
                    name_en=entry.name_en,
                )
                return 1 + length
        return 0

    def _unnamed(self, i: int) -> int:
        """«یک منبع آگاه», «یک سخنگوی مائرسک», «یکی از متصدیان بانکی»: a person not named;
        not after «به عنوان» (ما به عنوان یک متخصص: what someone is, no one else)."""
        words = self.words
        if i >= 2 and tuple(words[i - 2 : i]) == _AS:
            return 0
        if words[i].startswith(_ONE + ZWNJ) and lx.person_noun(words[i][len(_ONE) + 1 :]):
            # یک‌نفر, written as one word
            noun = lx.person_noun(words[i][len(_ONE) + 1 :])
            end = min(self._complement(i + 1, takes="organization").end, i + 1 + MAX_UNNAMED)
            end = self._body_after(end)
            self._add(
                "nominal", PERSON, i, end, key=("unnamed", self.first + i), name_en=noun.name_en
            )
            return end - i
        if words[i] == _ONE:
            head = i + 1
            noun = lx.person_noun(self._word(head))
            if noun is None or lx.is_plural(words[head]):
                return 0
        elif tuple(words[i : i + 2]) == _ONE_OF:
            head = i + 2
            noun = lx.person_noun(self._word(head))
            if noun is None or not lx.is_plural(words[head]):
                return 0  # یکی از needs a plural: یکی از شاهدان
        else:
            return 0
        end = min(self._complement(head + 1, takes="organization").end, head + 1 + MAX_UNNAMED)
        end = self._body_after(end)
        self._add("nominal", PERSON, i, end, key=("unnamed", self.first + i), name_en=noun.name_en)
        return end - i

    def _body_after(self, end: int) -> int:
        """Where an unnamed person's mention ends when «در» and an organisation follow it:
        the body says who the source is («یک منبع در مجلس نمایندگان عراق», «یک مقام در
        وزارت خارجه»); the organisation is named inside the mention, as in a title."""
        if self._word(end) != IN:
            return end
        mark = len(self.found)
        length = self._named_organization(end + 1) or self._organization(end + 1)
        self.found[mark:] = [replace(f, inside=True) for f in self.found[mark:]]
        return end + 1 + length if length else end

    def _kin(self, i: int) -> int:
        """«پدرش», «بابایم», «مادر جان»: one person of someone's family, not named."""
        word = self.words[i]
        if found := lx.kin_ending(word):
            entry, ending = found
            name_en, length = f"{_owner(ending)} {entry.name_en}", 1
        elif (entry := lx.table("kin").get((word,))) and self._word(i + 1) in _ADDRESS:
            name_en, length = f"{entry.name_en} (addressed)", 2
        else:
            return 0
        words = tuple(self.words[i : i + length])
        self._add("nominal", PERSON, i, i + length, key=("kin", words), name_en=name_en)
        return length

    # ----- persons by name ---------------------------------------------------------------
    def _honorific_name(self, i: int) -> int:
        if lx.match("people", self.words, i):
            return self._known_person(i)  # حضرت محمد بن عبدالله: the Prophet, not a namesake
        j, needs_name = i, True
        while found := lx.match("honorifics", self.words, j):
            j += found[0]
            needs_name = needs_name and found[1].needs_name
        if j == i or j >= len(self.words):
            return 0
        named = self._full_name_at(j, after_honorific=True) or self._known_at(j)
        if named:
            length, words, given = named
            self._person(i, j + length, words, given, kind="name" if given else "surname")
            return j + length - i
        if not needs_name and self._surname_after_honorific(j):
            end = self._surname_end(j + 1)
            self._person(i, end, tuple(self.words[j:end]), 0, kind="surname")
            return end - i
        return 0

    def _surname_after_honorific(self, j: int) -> bool:
        return lx.loose_surname(self.words[j]) and not gazetteer.match(self.words, j)

    def _known_person(self, i: int) -> int:
        named = self._known_at(i)
        if not named:
            return 0
        length, words, given = named
        full = lx.match("people", self.words, i) is not None
        self._person(i, i + length, words, given, kind="name" if given or full else "surname")
        return length

    def _known_at(self, i: int) -> tuple[int, tuple[str, ...], int] | None:
        """A well-known person's full name (people.tsv), or a surname that names them alone."""
        found = lx.match("people", self.words, i)
        if found:
            length, entry = found
            words = tuple(map(fold, entry.form.split()))
            return length, words, len(words) - len(entry.surnames[0]) if entry.surnames else 1
        alone = longest_match(lx.person_surnames(), self.words, i)
        if alone:
            return alone[0], tuple(self.words[i : i + alone[0]]), 0
        return None

    def _full_name(self, i: int) -> int:
        named = self._full_name_at(i)
        if not named:
            return 0
        length, words, given = named
        self._person(i, i + length, words, given, kind="name")
        return length

    def _full_name_at(
        self, i: int, *, after_honorific: bool = False
    ) -> tuple[int, tuple[str, ...], int] | None:
        """Given names and a surname at *i*: (length, words, number of given names)."""
        words = self.words
        if cut := lx.joined_given_name(words[i]):
            return 1, (words[i][:cut], words[i][cut:]), 1  # محمدالبرادعی
        if lx.is_given(words[i]):
            length = 1
        elif lx.given_written_apart(words[i], self._word(i + 1)):
            length = 2  # نور الدین پیرموذن: a given name written apart
        else:
            return None
        while i + length < len(words):
            if lx.is_given(words[i + length]) and length < MAX_GIVEN:
                length += 1
            elif self._patronymic(i + length):
                length += 2  # محمد بن عبدالله العایش: the father's name is part of the name
            else:
                break
        surname = self._word(i + length)
        if lx.is_vocabulary(surname) and lx.is_light_verb(self._word(i + length + 1)):
            return None  # امام رضا محسوب می‌شود: the verb's nominal part, not a surname
        everyday = words[i + length - 1] in lx.common_word_names()
        if surname in lx.patronymics():
            surname = ""  # «بن» with no name after it is no surname
        if not surname or not (
            lx.surname_like(surname)
            or ((after_honorific or not everyday) and self._surname_after_honorific(i + length))
        ):
            if length > 1 and words[i + length - 1] not in lx.common_word_names():
                # محمد رضا: the last "given name" is the surname (حسن رضا is two given names).
                length -= 1
                surname = words[i + length]
            else:
                return None
        if (
            not after_honorific
            and length == 1
            and words[i] in lx.common_word_names()
            and lx.is_vocabulary(surname)
        ):
            return None  # امید به آینده: hope, not a person named Omid
        end = self._surname_end(i + length + 1)
        return end - i, tuple(words[i:end]), length

    def _patronymic(self, j: int) -> bool:
        """«بن» (son of) at *j* and a name after it, in an Arabic name."""
        after = self._word(j + 1)
        return (
            self.words[j] in lx.patronymics()
            and bool(after)
            and (lx.is_given(after) or lx.surname_like(after) or lx.loose_surname(after))
        )

    def _surname_end(self, j: int) -> int:
        """The end of a surname whose first word ends before *j*: a suffix written apart
        (جمالی نژاد) or a second word outside the vocabulary (موسوی لاری) goes with it."""
        while j < len(self.words):
            word = self.words[j]
            affix = lx.table("name_affixes").get((word,))
            if affix and affix.takes == "suffix":
                j += 1
                continue
            if (
                (not lx.is_vocabulary(word) or _second_surname(word))
                and lx.surname_like(word)
                and not lx.is_given(word)
                and not gazetteer.match(self.words, j)
                and not lx.is_verb(word)
            ):
                j += 1
                continue
            break
        return j

    def _person(
        self, start: int, end: int, words: tuple[str, ...], given: int, *, kind: str
    ) -> None:
        key = ("name", words) if given else ("surname", words)
        self._add(kind, PERSON, start, end, key=key, words=words, given=given)

    # ----- titles -------------------------------------------------------------------------
    def _title(self, i: int) -> int:
        found = lx.match("titles", self.words, i)
        if not found:
            return 0
        if i > 0 and _plural_in_ezafe(self.words[i - 1]):
            return 0  # کشورهای عضو, کشورهای ناظر: member states, not a member
        if i > 0 and lx.counts_many(self.words[i - 1]):
            return 0  # 20 کارشناس ارشد انرژی, دو نماینده: several people, no one person
        length, entry = found
        if entry.many and self._after_a_state(i):
            return 0  # 28 کشور عضو اتحادیه, این کشور عضو ائتلاف است: a member state
        if self._plural_of_longer_title(i, length):
            return 0  # مدیر عاملان بانک‌ها: the banks' chief executives, no one person
        complement = (
            Complement(i + length)
            if entry.takes == "none"
            else self._complement(i + length, takes=entry.takes)
        )
        complement.tokens, complement.words = self.tokens, self.words
        anaphoric = complement.end == i + length and entry.takes != "none" and not entry.bare
        if anaphoric and self._may_start_name(i + length):
            return 0  # وزیر ظریف: the name's, if anyone's
        j = complement.end
        role_en = entry.name_en + complement.english()
        jurisdiction = complement.key()
        if not anaphoric and (affairs := self._affairs_end(j)) > j:
            # معاون وزیر نفت در امور بین‌الملل: the deputy for international affairs
            jurisdiction = (
                jurisdiction[0],
                jurisdiction[1] | frozenset(self.words[j + 2 : affairs]),
            )
            j = affairs
        self._add(
            "title",
            PERSON,
            i,
            j,
            key=("title", entry.form, jurisdiction),
            role_en=role_en,
            affiliation=complement.country(),
            name=entry.form,
            # A bare وزیر or رئیس is an office, and a person only as the one holder of that
            # office the article has named: coreference decides.
            anaphoric=anaphoric,
        )
        complement.emit(self)
        return j - i

    def _after_a_state(self, i: int) -> bool:
        """Whether a country's name ends at *i* (ترکیه عضو ناتو است), or the word for a
        country comes before it, perhaps past :data:`MAX_STATE_ADJECTIVES` adjectives (7 کشور
        مهم دیگر عضو): a title of many holders there says what the country is (a member), and
        names no one."""
        last = self.found[-1] if self.found else None
        country = last is not None and last.place is not None and last.place.type == "country"
        if country and last.end == self.first + i and not last.inside:
            return True
        for k in range(i - 1, max(-1, i - 2 - MAX_STATE_ADJECTIVES), -1):
            if self.words[k] == _COUNTRY:
                return True
            if self.words[k] not in lx.OTHER and not lx.is_adjective(self.words[k]):
                return False
        return False

    def _affairs_end(self, j: int) -> int:
        """The end of «در امور X» after a title's complement ending at *j* (at most
        :data:`MAX_AFFAIRS` words of X, «و» between them), or *j*."""
        if self._word(j) != IN or self._word(j + 1) != "امور":
            return j
        k = j + 2
        while k < len(self.words) and k - j - 2 < MAX_AFFAIRS:
            if self._affairs_word(k):
                k += 1
            elif self.words[k] == "و" and k + 1 < len(self.words) and self._affairs_word(k + 1):
                k += 2
            else:
                break
        return k if k > j + 2 else j

    def _affairs_word(self, k: int) -> bool:
        """A word of the affairs a deputy or adviser is for (بین‌الملل, زنان, اجرایی)."""
        word = self.words[k]
        return self._complement_word(k) or (lx.is_plural(word) and not lx.stops_name(word))

    def _plural_of_longer_title(self, i: int, length: int) -> bool:
        """Whether the word after the title at *i* is the plural of a longer title's last
        word (مدیر | عاملان: the plural of «مدیر عامل»)."""
        after = self._word(i + length)
        singular = lemma(after) if after else after
        if not after or singular == after:
            return False
        longer = lx.match("titles", [*self.words[i : i + length], singular], 0)
        return bool(longer) and longer[0] == length + 1

    def _may_start_name(self, i: int) -> bool:
        word = self._word(i)
        return bool(word) and (lx.is_given(word) or bool(lx.starts(word) & lx.PERSON))

    # ----- organisations, groups, places -------------------------------------------------
    def _named_organization(self, i: int) -> int:
        found = lx.match("named_organizations", self.words, i)
        if not found:
            return 0
        length, entry = found
        if entry.ambiguous and not (
            self._introduces_organization(i - 1)
            or (length > 1 and self._introduces_organization(i))
        ):
            return 0  # فارس the province, استقلال independence
        self._add_named_organization(i, i + length, entry)
        return length

    def _add_named_organization(
        self, start: int, end: int, entry: lx.Entry, *, inside: bool = False
    ) -> Found:
        """A mention of the named organisation *entry* (named_organizations.tsv) over words
        ``[start, end)``; *inside*: named inside a title or another mention."""
        return self._add(
            "name",
            ORGANIZATION,
            start,
            end,
            key=("org", entry.form),
            name=entry.form,
            name_en=entry.name_en,
            affiliation=entry.country,
            inside=inside,
        )

    def _introduces_organization(self, k: int) -> bool:
        """Whether words[k] says an organisation's name follows (باشگاه, خبرگزاری, خبرنگار,
        به گزارش)."""
        word = self._word(k)
        return bool(
            word
            and (
                (word,) in lx.table("organizations")
                or (word,) in lx.table("titles")
                or (word,) in lx.table("organization_cues")
            )
        )

    def _organization(self, i: int) -> int:
        if self._word(i - 1) in DEMONSTRATIVES:
            return 0  # این شرکت: a reference back, not a name
        found = lx.match("organizations", self.words, i)
        plural = False
        if not found and (owned := lx.organization_ending(self.words[i])):
            return self._own_organization(i, *owned)
        if not found:
            entry = lx.table("organizations").get((lemma(self.words[i]),))
            if entry is None:
                return 0
            found, plural = (1, entry), True
        length, entry = found
        if not plural and (named := self._named_after_cue(i, length)):
            return named
        complement = self._complement(
            i + length, takes=entry.takes or "organization", organization=True
        )
        if not plural and (taken := self._quoted_after_head(complement.end)):
            return complement.end - i + taken  # شبکه خبری «ال‌بی‌سی»: the name, not the head
        # دولت, ارتش alone: the government, the army (a head that names one institution)
        bare = complement.end == i + length and entry.bare and not plural
        if bare and (self._word(i + length),) in lx.table("qualifiers"):
            complement.end += 1  # دولت جدید: the new government
        if not bare and (complement.end == i + length or (plural and not complement.places)):
            return 0  # شرکت‌ها alone, or کمیته‌هایی تشکیل‌شده: no organisation named
        head_en = plural_en(entry.name_en) if plural else entry.name_en
        name = " ".join(t.text for t in self.tokens[i : complement.end])
        # روزنامه همشهری: "newspaper (Rouzname Hamshahri)", where the lexicons gloss no part
        english = complement.english()
        name_en = head_en + english if english or bare else described(name.split(), head_en)
        self._add(
            "nominal" if bare else "name",
            ORGANIZATION,
            i,
            complement.end,
            key=lx.organization_key(self.words[i : complement.end]),
            name=name,
            name_en=name_en,
            affiliation=complement.country(),
        )
        return complement.end - i

    def _named_after_cue(self, i: int, length: int) -> int:
        """«شبکه تلویزیونی الجزیره», «روزنامه آمریکایی واشنگتن پست»: a head that introduces a
        name (organization_cues.tsv), at most one adjective, then a named organisation are
        that organisation, one mention; the words it takes (0: none)."""
        if not lx.match("organization_cues", self.words, i):
            return 0
        j = i + length
        if lx.is_adjective(self._word(j)) and not lx.match("named_organizations", self.words, j):
            j += 1
        found = lx.match("named_organizations", self.words, j)
        if found is None or j == i + length:
            return 0  # شبکه الجزیره is the name's own variant; nothing between: the rules' own
        end = j + found[0]
        self._add_named_organization(i, end, found[1])
        return end - i

    def _quoted_name(self, j: int) -> tuple[int, int] | None:
        """The words of a name in guillemets opening at *j* («اسکای نیوز»), or None."""
        if self._word(j) != lx.OPEN_QUOTE:
            return None
        for end in range(j + 2, min(j + 2 + MAX_QUOTED_NAME, len(self.words))):
            word = self.words[end]
            if word == lx.CLOSE_QUOTE:
                return j + 1, end
            if not is_word_text(word) or lx.is_verb(word):
                return None
        return None

    def _quoted_after_head(self, i: int) -> int:
        """A name in guillemets after a word that says an organisation is named (سایت «الریاض»,
        پایگاه خبری «المسله»: a website, with at most two describing words between)."""
        quoted = self._quoted_name(i)
        if not quoted or self._names_person(quoted[0]):
            return 0  # ارتش «آنطوان لحد»: a person's army, سخنگوی «ولادیمیر پوتین»
        for k in range(i - 1, max(i - 2 - MAX_HEAD_DESCRIPTION, -1), -1):
            word = self.words[k]
            if (word,) in lx.table("organization_cues") and not (
                word in _ACTIVITY_CUES and self._word(k - 1) != "به"
            ):
                return self._quoted_organization(i, *quoted)
            if not is_word_text(word) or lx.stops_name(word):
                return 0
        return 0

    def _names_person(self, j: int) -> bool:
        """Whether a person's name opens at *j*: a given name or a well-known person."""
        return lx.is_given(self.words[j]) or self._known_at(j) is not None

    def _quoted_organization(self, i: int, start: int, end: int) -> int:
        """«شبکه «اسکای نیوز»», «روزنامه «ایران»»: the organisation is the name in guillemets
        (the head and its adjectives describe it); taken through the closing mark."""
        name = " ".join(t.text for t in self.tokens[start:end])
        self._add(
            "name",
            ORGANIZATION,
            start,
            end,
            key=lx.organization_key(self.words[start:end]),
            name=name,
            name_en=english_name(name),
            words=tuple(self.words[start:end]),
            quoted=True,
        )
        return end + 1 - i

    def _own_organization(self, i: int, entry: lx.Entry, ending: str) -> int:
        """«تیمش», «دولتشان»: the organisation of someone just spoken of, one mention."""
        self._add(
            "nominal",
            ORGANIZATION,
            i,
            i + 1,
            key=("org-own", self.first + i),
            name=self.tokens[i].text,
            name_en=f"{_owner(ending)} {entry.name_en}",
        )
        return 1

    def _group(self, i: int) -> int:
        words, groups = self.words, lx.table("groups")
        head = groups.get((lemma(words[i]),)) or groups.get((words[i],))
        if head is None or (words[i] == fold(head.form) and not head.singular_is_group):
            return 0
        if lx.is_comparative(words[i]):
            return 0  # فعال‌تر "more active", not فعالان "activists"
        j, heads = i + 1, [(head, words[i])]
        while j < len(words):
            if lx.is_adjective(words[j]) and not gazetteer.match(words, j) and self._free(j):
                j += 1
            elif (
                words[j] == "و"
                and j + 1 < len(words)
                and (
                    lx.is_adjective(words[j + 1])
                    or groups.get((lemma(words[j + 1]),))
                    or groups.get((words[j + 1],))
                )
            ):
                other = groups.get((lemma(words[j + 1]),)) or groups.get((words[j + 1],))
                if other:
                    heads.append((other, words[j + 1]))
                j += 2
            else:
                break
        place: Place | None = None
        refers = ""
        reference = lx.match("references", words, j)
        found_place = self._place_at(j) if j < len(words) else None
        if reference and reference[1].takes in ("country", "province", "parties"):
            refers = reference[1].takes
            if reference[0] > 1:
                self._add("demonstrative", PLACE, j, j + reference[0], refers=refers)
            j += reference[0]
        elif found_place:
            place = found_place[1]
            self._add("name", PLACE, j, j + found_place[0], place=place, inside=True)
            j += found_place[0]
        elif (
            j + 1 < len(words)
            and lx.is_noun(words[j])
            and lx.is_adjective(words[j + 1])
            and self._free(j)
            and self._free(j + 1)
        ):
            j += 2
        heads_en = " and ".join(
            dict.fromkeys(
                plural_en(h.name_en) if h.singular_is_group and word != fold(h.form) else h.name_en
                for h, word in heads
            )
        )
        name = " ".join(t.text for t in self.tokens[i:j])
        self._add(
            "name",
            GROUP,
            i,
            j,
            key=("group", " ".join(words[i:j])),
            name=name,
            name_en=heads_en,
            place=place,
            refers=refers,
        )
        return j - i

    def _free(self, j: int) -> bool:
        """Whether words[j] may go on a group's or title's description: no word of time,
        verb or function word, and no verb's nominal part (قرار دارد, صرف شود)."""
        word = self.words[j]
        nxt = self._word(j + 1)
        return not lx.stops_name(word) and not (nxt and (lx.is_light_verb(nxt) or lx.is_verb(nxt)))


_RULES = (
    (lx.REFERENCE, SentenceRules._reference),
    (lx.UNNAMED, SentenceRules._unnamed),
    (lx.HONORIFIC, SentenceRules._honorific_name),
    (lx.TITLE, SentenceRules._title),
    (lx.PERSON, SentenceRules._known_person),
    (lx.NAMED_ORG, SentenceRules._named_organization),
    (lx.ORG, SentenceRules._organization),
    (lx.GROUP, SentenceRules._group),
    (lx.GIVEN, SentenceRules._full_name),
    (lx.KIN, SentenceRules._kin),
    (lx.ROAD, SentenceRules._road),
    (lx.FACILITY, SentenceRules._facility),
    (lx.QUOTED, SentenceRules._quoted_after_head),
)
# «به عنوان» (as) before an unnamed person says what someone is.
_AS = ("به", "عنوان")
# «جان» after a noun of kinship addresses the person (پدر جان, مادر جانم).
_ADDRESS = frozenset({"جان", "جانم"})
# The possessor a personal ending names, by how the ending ends.
_POSSESSORS = (
    ("شان", "their"),
    ("مان", "our"),
    ("تان", "your"),
    ("ش", "his or her"),
    ("م", "my"),
    ("ت", "your"),
)


def _owner(ending: str) -> str:
    """The possessor a personal ending names, in English (ش: his or her)."""
    return next(owner for tail, owner in _POSSESSORS if ending.endswith(tail))


_REFERENCE_KINDS = {
    "person": "pronoun",
    "official": "demonstrative",
    "parties": "collective",
    "country": "demonstrative",
    "province": "demonstrative",
}


def _plural_in_ezafe(word: str) -> bool:
    """A noun's plural in «ها», in its ezafe form (کشورهای, دولت‌های): a title after it
    qualifies it (کشورهای عضو: member states)."""
    for ending in ("های", "ها" + ZWNJ + "ی"):
        noun = word.removesuffix(ending).rstrip(ZWNJ)
        if noun != word and len(noun) >= 2:
            return lx.is_noun(noun)
    return False


def _second_surname(word: str) -> bool:
    """A rare word of origin in ی (لاری, عظیمی): the second word of a two-word surname."""
    return (
        word.endswith("ی") and not lx.tags(word) and lx.frequency(word) < lx.SURNAME_MAX_FREQUENCY
    )


def find_mentions(doc: Document, words: list[str]) -> list[Found]:
    """Every mention the rules find in *doc*, in reading order; *words* are its tokens'
    folded texts. Where a rule can start is found for the whole article at once; a sentence
    where none can is passed over."""
    found: list[Found] = []
    starting, after_context = starts_of(words)
    for sentence in doc.sentences:
        first, last = sentence.first_token, sentence.last_token
        starts = starting[bisect_left(starting, first) : bisect_left(starting, last)]
        after = bisect_left(after_context, first + 1), bisect_left(after_context, last)
        unknown = [k for k in after_context[slice(*after)] if lx.is_unknown_word(words[k])]
        if unknown:
            starts = sorted({*starts, *unknown})
        if starts:
            rules = SentenceRules(doc.tokens[first:last], words[first:last])
            found += rules.run([k - first for k in starts])
    return found


def starts_of(words: list[str]) -> tuple[list[int], list[int]]:
    """Where a rule can start in a run of folded words: the positions of the words that
    begin a lexicon entry, a given name or a place name (:func:`khabar.actors.lexicons.starts`),
    and those after a word that says a place follows (an unknown spelling there may be one)."""
    starting = list(compress(range(len(words)), _STARTS.many(words)))
    context = map(PLACE_CONTEXT.__contains__, words[:-1])
    return starting, list(compress(range(1, len(words)), context))
