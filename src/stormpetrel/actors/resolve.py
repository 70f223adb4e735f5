"""Resolving a noun phrase to an actor: state (or IGO), sector, and the person's name.

Within a document, people keep the identity their title gave them ("General X, Bangladesh's
army chief of staff", then "Rahman", "the Bangladeshi general", "the army chief"), pronouns and
descriptions ("he", "the latter", "the two sides", "the host nation", "his counterpart") point
back to actors met before, and the model's entity errors are overruled by the gazetteer.

An official, a body or a crowd the text gives no state ("President X", "the opposition",
"thousands of students") takes the state its own clause places it in ("marched in Nairobi"), or
else the one state the sentence names other than as a party to the act ("jailed Togolese
opposition activists", not "warned of reprisals against Brazil"); an official is placed so only
in a story that has named no other state. Ethnic communities belong to the state they live or
act in ("ethnic Greeks rallied in Albania"). A city's or a province's name places a local group
as a state's does ("rebels in Idlib province", "Rotterdam police"); a site stays where it stands
("an army base in Idlib"); police and courts act at home; a local group the sentence does not
place acts in the one state the story has named, and is never "the other side" of a pair; a
government named with a local group is of its state. The word lists are in
``data/actor_words.tsv``.

The document also remembers who made what: "the statements", "the law", "the proposal" point
back to whoever it said issued, passed or made one ("X's remarks", "X issued a statement", "X
claimed that ..."), but never to the speaker who is judging it; people arrested right after a
protest are its participants; "they" is the last plural subject ("the MPs", "X and Y"), never a
guess at two states; "him" is not the subject of its own clause; "the bloc" is the organisation
the document named; a bare "the President" is the president named before, and a named official
with no state takes that of the same office named before ("Peru's ambassador", then
"Ambassador X"); a thing named again ("two checkpoints") keeps the state of its first mention;
an unplaced body takes the state of a body of its sector that reports it ("according to the
Chadian army"). A state's adjective or possessive makes an organisation's name its own
body ("the Ukrainian Security Council"), but not an ally's ("Iran's proxy ally"); a thing's
own clause names its maker ("the statement issued by X", "the plan X unveiled"); a local group
named together with a government ("the government and rebel groups") is of that government's
state. An official or a body the sentence gives no state at all ("the government", "the interior
minister") is of the one state the story named before it; a name several states bear
("Congolese", "Korean") is the one of them the story has named, and a people with communities
abroad ("Turkmen") is of the state the story is about when that is one of them. A subject "it" is
the main subject of its sentence or the one before ("Pyongyang defied the UN. It fired ..."); an
object "him" is the person last acted on ("X was arrested ... a court sentenced him"); a pronoun
keeps one reading through its sentence. A noun describing a named person ("Ukrainian artist X")
is no thing of its state's, and a thing two states' mentions own is of neither. A post serves the
organisation it is "at" or "for" ("the Asia director at X"), not the topic of its title; people
two states' adjectives describe ("Russian and French senators") are of both; "Mr X" is the X the
story named in full before any office holder of that surname. A subject "he" after a main clause
is that clause's subject ("a man was shot after he stabbed ..."), even one of no state; a role one
plays acts for its player; an organisation's official in a state's delegation is of that state; a
state's name that is also a province's ("Georgia") is the province in a story set in its cities
or naming its governor; an organisation's seat named as part of its city ("Brussels airport") is
the city; an act is not done by the place it struck ("the bombing of a market in Baghdad"); and a
local body is not placed in the story's one named state when the story is set in another's city.
A body of a home sector the sentence does not place ("police", "the court", "prosecutors",
"lawmakers", "the government") is of the state the story is clearly about even when it names
others: one named far more often than any other, or the most named when it is the only state the
story sets acts in ("a court in Kuala Lumpur"); never in a story of two states named as often.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from stormpetrel import data, geo
from stormpetrel.actors.gazetteer import NAME_PARTICLES, Entry, Gazetteer, Match, SectorTerm, edit_distance
from stormpetrel.grammar import main_clause, proper_names
from stormpetrel.model import Actor
from stormpetrel.status import SPEAKER_PRONOUNS
from stormpetrel.status import status as clause_status

ACTOR_KINDS = {"country", "adjective", "people", "capital", "seat", "igo", "group", "region", "person"}
# Dependencies that stay inside a noun phrase when looking for its state and sector.
NP_DEPS = {"compound", "amod", "poss", "nmod", "appos", "prep", "pobj", "flat", "det", "case", "npadvmod", "nummod"}
NP_PREPS = {"of", "from", "in", "by"}


_LISTS = data.word_classes("actor_words.tsv")
_VALUES = data.word_values("actor_words.tsv")  # title synonyms, the prepositions of relation nouns
TITLE_SYNONYMS = _VALUES["title_synonym"]
GENERIC_HEADS = _LISTS["generic_head"]  # heads that take their sector from their modifiers
PLURAL_GROUP = _LISTS["plural_group"]  # "the two sides", "both nations"
# "the two main opposition parties", "both ruling parties": parties at home, not the story's states
HOME_PARTY_MODIFIERS = _LISTS["home_party_modifier"]
COLONY_HEADS = _LISTS["colony_head"]  # "the former Portuguese colony": not Portugal
ALL_SIDES_HEADS = _LISTS["all_sides_head"]  # "all parties", "all sides": the story's two sides
ALL_SIDES_MODIFIERS = _LISTS["all_sides_modifier"]  # "all parties concerned"
PERSON_PRONOUNS = _LISTS["person_pronoun"]
GROUP_PRONOUNS = _LISTS["group_pronoun"]
THING_PRONOUNS = _LISTS["thing_pronoun"]
PARTNER_WORDS = _LISTS["partner_word"]
# sentences back a subject "he" may reach for the last person named, when nothing nearer answers
PRONOUN_REACH = 3
STATE_NOUNS = _LISTS["state_noun"]  # "ministers from 20 countries" come from several states
CROWD_HEADS = _LISTS["crowd_head"]  # "thousands", "people": placed by the sentence's one state
PARTY_PREPS = _LISTS["party_prep"]  # "against X", "with X": X is a party, not a home
SPONSOR_WORDS = _LISTS["sponsor_word"]  # "X-backed": X sponsors the actor, is not it
COMMUNITY_HEADS = _LISTS["community_head"]  # "the Albanian minority": placed where it lives
DOCUMENT_HEADS = _LISTS["document_head"]  # "released a statement urging ...": the issuer's
# "X played a key role supporting Y": the role acts for its player (the verbs in value)
ROLE_HEADS = {w: frozenset(v.split("|")) for w, v in _VALUES["role_head"].items()}
DIVISION_TITLES = _LISTS["division_title"]  # "Georgia Gov. X": a province's office, not a state's
COMPASS_WORDS = _LISTS["compass_word"]  # "in west Cork": a part of the place named
PERSON_NOUNS = _LISTS["person_noun"]  # "a teenager", "the man": a person no sector term names
DELEGATION_HEADS = _LISTS["delegation_head"]  # "a member of the Russian delegation" to an assembly
# "relations with X", "action against X", "arms sales to X": the preposition that names the other side
RELATION_PREPS = {w: frozenset(v.split("|")) for w, v in _VALUES["relation_head"].items()}
MOTION_VERBS = _LISTS["motion_verb"]  # "returning to X": X is a place, not a party
FAR_DEMONSTRATIVES = _LISTS["far_demonstrative"]  # "that country": the one named last
PLACE_NAME_KINDS = {"country", "capital", "adjective", "people"}
THERE_WORDS = _LISTS["there_word"]  # "authorities there": of the place named before
LOCATIVE_PREPS = _LISTS["locative_prep"]  # "in X", "throughout X": where an actor acts
DESTINATION_PREPS = _LISTS["destination_prep"]  # "flew on to X": where a motion ends
HELD_VERBS = _LISTS["held_verb"]  # "rebel-held Idlib": a place that stands for the group holding it
ROUTE_NOUNS = _LISTS["route_noun"]  # "on his way back to X": X is where the way leads
HOMEWARD_WORDS = _LISTS["homeward_word"]  # "flew home to X", "returned to X": X is the traveller's home
CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "acl", "parataxis", "csubj", "xcomp", "conj", "nsubj", "nsubjpass"}
# sectors whose people are of the place they act in (protesters, strikers, rebels), not visitors
LOCAL_SECTORS = _LISTS["local_sector"]
PRIVATE_SECTORS = frozenset({"CVL"})  # "the two men", "both women": people, not states' envoys
MAIN_STATE_RATIO = 2  # a story names its main state more than this many times as often as any other
SURNAME_PREFIXES = _LISTS["surname_prefix"]  # "al-Assad": also "Assad"
SURNAME_FIRST = {code.upper() for code in _LISTS["surname_first"]}  # "Wang Yi ... Mr Wang"
COURT_PREPS = _LISTS["court_prep"]  # "judges at the ICC", "a case before the ICC": the court's bench
WORLD_WORDS = _LISTS["world_word"]  # "the International Biathlon Union": of no one state
HOME_BODIES = _LISTS["home_body"]  # "the government", "the administration": a state's own, at home
FIXED_HEADS = _LISTS["fixed_head"]  # "an army base in X": a site of X's, not a visitor
LOCAL_OFFICES = _LISTS["local_office"]  # "police in Lagos": the state of the town they serve
SERVED_PREPS = ("in", "at")  # "police in Lagos", "the court at Kirov"
PLACE_NOUNS = _LISTS["place_noun"]  # "in Idlib province", "in the city of Aleppo": a named place
HOME_KINDS = {"country", "adjective", "people", "capital", "seat", "region", "group"}
# words of a title that do not tell one office from another ("the navy chief" is the naval commander)
GENERIC_TITLE_WORDS = _LISTS["generic_title_word"]
# "the bloc", "the alliance": an organisation named before (or the usual one, in value)
IGO_ANAPHORS = _LISTS["igo_anaphor"]
# a charge or demand made, or reported as likely, is one a later denial or refusal may answer
CLAIM_STATUSES = frozenset({"asserted", "uncertain"})
CLAIM_VERBS = _LISTS["claim_verb"]  # "X concluded that Y hacked", "X accused Y of ...": X charges Y
IGO_DEFAULTS = _VALUES.get("igo_anaphor", {})
BODY_TITLES = _VALUES["body_title"]  # "MEP X", of no state or party named: the EU's
# "the statements", "the law": whoever the document said made one (by class, in value)
THING_CLASSES = _VALUES["thing_head"] | _VALUES["act_head"]
FIRST_PERSON = _LISTS["first_person"]  # "we", "I": in a quotation, its speaker
SPEAKER_REACH = 3  # "he said" after a quotation is a person who was a subject this few sentences before it
PAIR_SENTENCES = 4  # "the two leaders" are the two people named within this many sentences
VENUE_NAMED = _LISTS["venue_named"]  # "the Paris Agreement": named after a town, no state's
ACT_HEADS = _LISTS["act_head"]  # "the attack", "the arrest": acts, whose possessor may be their object
STATE_ACT_CLASSES = _LISTS["state_act_class"]  # acts a state does where they happen
ISSUE_VERBS = _LISTS["issue_verb"]  # "X issued a statement", "X passed a law": X made it
SPEECH_VERBS = _LISTS["speech_verb"]  # "X claimed that ...": X made a statement
OUTLET_WORDS = _LISTS["outlet_word"]  # "the Kenya Times": a newspaper, not the state
ALLEGIANCE_PREPS = {w: frozenset(v.split("|")) for w, v in _VALUES.get("allegiance_word", {}).items()}
MEDIUM_VERBS = _LISTS["medium_verb"]  # "told Al Jazeera": the outlet is only who is told
PLACE_NAME_KINDS = frozenset({"country", "adjective", "capital", "region"})
THING_VERBS = _VALUES["thing_verb"]  # "X proposed ...": X made the proposal; "X struck": the attack
GATHERING_HEADS = _LISTS["gathering_head"]  # "a protest by X": X took part
GATHERING_VERBS = _LISTS["gathering_verb"]  # "X rallied": X took part
KIN_NOUNS = _LISTS["kin_noun"]  # "the minister's son": of the minister's state
PARTICIPANT_HEADS = _LISTS["participant_head"]  # "held 12 people": the participants'
VICTIM_HEADS = _LISTS["victim_head"]  # "the attacker of Norway's envoy" is not Norwegian
ALLY_HEADS = _LISTS["ally_head"]  # "Iran's proxy ally" is not Iran's own
MEMBER_HEADS = _LISTS["member_head"]  # "the country, a NATO member": not NATO
NATION_NOUNS = _LISTS["nation_noun"]  # "the country": a state, which an apposition may say is a member
CRITIC_HEADS = _LISTS["critic_head"]  # a "Kremlin critic" is Russian, not of the government
STATE_SECTORS = _LISTS["state_sector"]  # "Pakistani officials", "Turkish troops" act for their state
# parties and legislators: their "attacks" are words, and they are parties at home
PARTY_SECTORS = _LISTS["party_sector"]
QUARREL_SECTORS = _LISTS["quarrel_sector"]  # parties, legislators, the opposition: their quarrels are at home
STATE_BODIES = _LISTS["state_body"]  # "a spokesman for the foreign ministry" serves its state
ATTACKER_SECTOR = "UAF"  # "attacker", "gunman": the seat named before one is where they struck
# bodies a story about one state need not place: "the authorities", "police", "the opposition"
STORY_BODIES = _LISTS["story_body"]
STORY_SECTORS = {"GOV", "LEG", "JUD", "COP", "OPP", "PTY"}  # titles of offices a story's own people hold
# the two sides of a trial, both of the judiciary: "the judge refused the prosecution's request"
TRIAL_SIDES = {kind: _LISTS[kind] for kind in ("bench_noun", "prosecution_noun")}
HONORIFICS = _LISTS["honorific"]  # "Mr Kenny": the office holder of that surname, in office that year
STAFF_NOUNS = _LISTS["staff_noun"]  # "director", "analyst": a post at an organisation named after it
AIDE_NOUNS = _LISTS["aide_noun"]  # "a spokeswoman for X", "an aide to X": X's state
EMPLOYER_PREPS = _LISTS["employer_prep"]  # "director at X", "spokesman for X": X employs them
PAIR_DETERMINERS = _LISTS["pair_determiner"]  # "the two": the story's pair
DEMONSTRATIVES = {"the", "this", "that", "these", "those", "such"}
# "Congolese": a name several states bear, the one of them the story names (their codes in value)
SHARED_NAMES = {w: frozenset(v.split("|")) for w, v in _VALUES.get("shared_name", {}).items()}
# "Turkmen": a people with communities in other states (their codes in value)
MINORITY_PEOPLES = {w: frozenset(v.split("|")) for w, v in _VALUES.get("minority_people", {}).items()}


@dataclass
class Person:
    name: str
    country: str | None
    sector: str | None
    title: set[str] = field(default_factory=set)


@dataclass
class SentenceMarks:
    """Gazetteer hits in one sentence, by token index."""

    names: dict[int, Match]
    terms: dict[int, SectorTerm]


@dataclass
class _Reading:
    """What :meth:`DocumentActors.resolve` has made of a noun phrase so far: the gazetteer name
    it rests on, and the state, kind, name and sector that name or a later step gave it."""

    match: Match | None = None
    country: str | None = None
    kind: str | None = None
    name: str | None = None
    sector: str | None = None

    def take(self, match: Match) -> None:
        """Rest on ``match``: its state, kind and name."""
        self.match, self.country, self.kind, self.name = match, match.entry.code, match.entry.kind, match.entry.name


def _bodies_named_apart(head: Token, marks: SentenceMarks) -> set[str]:
    """The states whose own body of the same name the sentence names in another phrase ("the
    Somali government" beside a bare "the government")."""
    out = set()
    for m in marks.names.values():
        tok = _match_root(head.doc, m) or head.doc[m.start]
        if tok.dep_ in {"amod", "compound"} and tok.head != head and tok.head.lemma_ == head.lemma_:
            out.add(m.entry.code)
    return out


class DocumentActors:
    """Per-document memory used to resolve later mentions."""

    def __init__(self, gazetteer: Gazetteer, year: int | None) -> None:
        self.gaz = gazetteer
        self.year = year
        self.persons: dict[str, Person] = {}  # by full name and by surname
        self.particle_surnames: set[str] = set()  # "de lima" of a "Leila de Lima" met
        self.voice: Actor | None = None  # who speaks the quotation the sentence at hand lies in
        self.full_names: dict[str, str] = {}  # the people the story has named in full, by surname
        self.recent: list[Actor] = []  # resolved actors, most recent last
        self.salience: Counter[str] = Counter()
        self.named: set[str] = set()  # the states named so far, as parties or as venues
        self.named_before: set[str] = set()  # those named before the sentence being read
        self.first_state: str | None = None  # the first state the story named
        self.last_state: str | None = None  # the state named last before the sentence being read
        self._last_named: str | None = None  # the state named last so far
        self._story: list[Span] = []  # all the story's sentences, for the look-ahead (see foresee)
        self._ahead: str | None = None
        self._ahead_read = False
        self._ahead_sure = False  # the story names that state or its towns twice, and sets acts in no other
        # the story opens with a dateline, its own first sentence (``nlp.dateline_cut``: "Geneva,
        # Switzerland - ..."); its sentence and names, until the sentence after it is read
        self.datelined = False
        self._dateline: tuple[Span, SentenceMarks] | None = None
        self.people: set[int] = set()  # ids of remembered actors that are persons
        self.met: dict[int, int] = {}  # id of a remembered actor -> the sentence it was last met in
        self.igos: list[Match] = []  # organisations named, in order
        # who made the last thing of each class ("speech", "law"): the actor and the verb that said so
        self.authors: dict[str, list[tuple[Actor, Token]]] = {}
        self.sentence_no = 0
        # who charged or asked each state with or for something, latest last: (kind, state, actor,
        # the sentence it was told in)
        self.claims: list[tuple[str, str, Actor, int]] = []
        self.acts: dict[str, str] = {}  # the state that last did an act, by its trigger's lemma ("tested": test)
        # the states of the cities and provinces the story sets acts in, and how often it names each
        self.place_mentions: Counter[str] = Counter()
        self.venues: set[str] = set()  # the states the story sets acts in ("in Kuala Lumpur", "in Syria")
        self.place_words: set[str] = set()  # proper nouns of the story no name marked ("Atlanta")
        self.participants: tuple[Actor, int] | None = None  # of the last gathering, and its sentence
        # things by lemma, of the state their mentions named (None: of two states, "a Ukrainian artist
        # ... a Chinese artist", then "the artist" is neither's for sure)
        self.owned: dict[str, Actor | None] = {}
        self.groups: list[tuple[Actor, Token, int]] = []  # plural subjects ("the MPs"), with sentence
        self.offices: list[tuple[set[str], str]] = []  # unnamed office holders: title words, state
        self.speakers: list[tuple[Actor, Token, int]] = []  # people who were subjects, with sentence
        self.subjects: list[tuple[Actor, Token, int]] = []  # states and bodies that were subjects
        self.patients: list[tuple[Actor, Token, int]] = []  # people acted on: arrested, sentenced
        self.story_people: set[str] = set()  # untitled people placed only by the story's one state
        self._reporting = False  # resolving a reporter: do not look for the reporter's own
        # possessive pronouns whose owner is being looked for: "Garba Shehu, one of his aides, said":
        # resolving Shehu asks whose "his" is, and must not ask it again through Shehu
        self._owners: set[int] = set()
        # what each pronoun of the sentence being read stands for, once found: the same for every
        # verb it is the subject of ("it tested rockets and launched missiles it called a rehearsal
        # for strikes on US bases": not the US for the second verb)
        self._pronouns: dict[int, Actor | None] = {}

    # -- marks -------------------------------------------------------------------------
    def marks(self, sent: Span) -> SentenceMarks:
        tokens = list(sent)
        base = sent.start
        names = {}
        # the states the story has named, its people's too: a party name several states' parties
        # bear ("Labour") is the one of them the story is about
        story = self.named | {p.country for p in self.persons.values() if p.country}
        for m in self.gaz.match_names(tokens, self.year, story):
            before = [t.lower_ for t in tokens[max(0, m.start - 2) : m.start]]
            if before in (["anti", "-"], ["pro", "-"]):
                continue  # "an anti-Iran blogger" is no Iranian
            after = [t.lower_ for t in tokens[m.end : m.end + 2]]
            if len(after) == 2 and after[0] == "-" and after[1] in SPONSOR_WORDS and not _verbal(tokens[m.end + 1]):
                continue  # "a Qatari-backed militia" is not Qatar's own; "Israel-built homes" (a verb) is
            if self.gaz.in_person_name(tokens, m) or self._known_particle_name(tokens, m):
                continue  # "Tokyo Sexwale", "Leila De Lima": a person, not the place
            if m.entry.kind in PLACE_NAME_KINDS and _newspaper(tokens, m):
                continue  # "the Kenya Times", "the Times of India": a newspaper, not the state
            if m.entry.kind == "country" and m.entry.code not in self.named:
                m = self._division_named(tokens, m)  # "a Georgia judge ... outside Atlanta"
            if m.entry.kind == "seat" and m.entry.code in self.gaz.non_state_codes:
                m = self._seat_city(tokens, m)  # "Brussels airport" is Belgium's
            if m.entry.kind == "person" and m.end - m.start == 1:
                m = self._surname_met(tokens, m)  # "Jaafari" after "Bashar al-Jaafari": him
            if m.entry.kind in ACTOR_KINDS:
                for i in range(m.start, m.end):
                    names[base + i] = Match(base + m.start, base + m.end, m.entry)
        self._shared_names(tokens, names)
        for m in {m for m in names.values() if m.entry.kind == "igo"}:
            if _national_body(sent.doc, m, names):
                for i in range(m.start, m.end):
                    del names[i]
        terms = {}
        for t in self.gaz.match_terms(tokens):
            if any(base + i in names for i in range(t.start, t.end)):
                continue  # "the European Union" is no labour union
            for i in range(t.start, t.end):
                terms[base + i] = SectorTerm(base + t.start, base + t.end, t.term, t.sector, t.kind)
        self._minorities(sent.doc, names, terms)
        return SentenceMarks(names, terms)

    def _known_particle_name(self, tokens: list[Token], m: Match) -> bool:
        """A place's name after a name particle that, with it, ends the name of a person the
        document has met ("Leila de Lima ... De Lima said"): the person's surname."""
        return m.start > 0 and " ".join(t.lower_ for t in tokens[m.start - 1 : m.end]) in self.particle_surnames

    def _division_named(self, tokens: list[Token], m: Match) -> Match:
        """A state's name that is also the name of a province of another state stands for that
        province when the story has not named the state and places something in one of the
        province's cities ("a Georgia judge" in a story about Atlanta), or names the province's
        office ("Georgia Gov. X") in a story that has named the province's state."""
        name = " ".join(t.text for t in tokens[m.start : m.end])
        if not geo.division_states(name):
            return m  # most states' names are no other state's province
        places = {t.text for t in tokens if t.pos_ == "PROPN" and t.text[:1].isupper()} | self.place_words
        found = {geo.city_in_division(place, name) for place in places} - {None, m.entry.code}
        if not found and m.end < len(tokens) and tokens[m.end].lower_ in DIVISION_TITLES:
            # "Georgia Gov. X" in a story about the United States: the governor of its province
            found = set(geo.division_states(name)) & self.named - {m.entry.code}
        if len(found) != 1:
            return m
        code = next(iter(found))
        entry = Entry(m.entry.alias, code, None, "region", self.gaz.country_name(code) or code)
        return Match(m.start, m.end, entry)

    def _seat_city(self, tokens: list[Token], m: Match) -> Match:
        """The seat of an organisation named as a city's part ("Brussels airport", "the Brussels
        metro"): the city, of its state, not the organisation."""
        last = tokens[m.end - 1]
        if m.end - m.start != 1 or last.dep_ != "compound" or last.head.pos_ != "NOUN":
            return m
        if self.gaz.match_terms([last.head]):
            return m  # "Brussels officials", "Brussels bureaucrats" are the organisation's
        code = geo.home(last.text)
        if code is None:
            return m
        return Match(m.start, m.end, Entry(m.entry.alias, code, None, "capital", self.gaz.country_name(code) or code))

    def _surname_met(self, tokens: list[Token], m: Match) -> Match:
        """A bare surname the table gives to one person ("Jaafari") is the person of that surname
        the story has named in full ("Bashar al-Jaafari"), when that is someone of another state
        and the story has not named the table's person's state (not "Biden" after "Beau Biden")."""
        met = self.persons.get(tokens[m.start].lower_)
        if met is None or met.name == m.entry.name or met.country in {None, m.entry.code}:
            return m
        if m.entry.code in self.named:
            return m
        return Match(m.start, m.end, Entry(m.entry.alias, met.country, met.sector, "person", met.name))

    def _shared_names(self, tokens: list[Token], names: dict[int, Match]) -> None:
        """Mark a name several states bear ("Congolese", "Korean") as the one of them the story
        (or the sentence) has named, by name or capital, when it has named only one."""
        here = {m.entry.code for m in names.values() if m.entry.kind in HOME_KINDS}
        for tok in tokens:
            codes = SHARED_NAMES.get(tok.lower_)
            if codes is None or tok.i in names or not tok.text[:1].isupper():
                continue
            known = (self.named | here) & codes
            if len(known) != 1:
                continue
            code = next(iter(known))
            word = tok.lower_
            kind = "people" if word.endswith("ans") else "adjective" if word.endswith(("ese", "an")) else "country"
            entry = Entry(tok.text, code, None, kind, self.gaz.country_name(code) or code)
            names[tok.i] = Match(tok.i, tok.i + 1, entry)

    def _minorities(self, doc: Doc, names: dict[int, Match], terms: dict[int, SectorTerm]) -> None:
        """Mark a people's name as a community of the state it lives in ("thousands of Turkmen
        joined the fight" in a story about Iraq) when the story (or the sentence) has named one of
        the states its communities live in and not the people's own state."""
        for start in sorted({m.start for m in names.values()}):
            m = names[start]
            homes = MINORITY_PEOPLES.get(doc[m.start : m.end].text.lower())
            if homes is None or m.end - m.start != 1 or m.entry.kind not in {"adjective", "people"}:
                continue
            title = terms.get(doc[m.start].head.i)
            if title is not None and title.kind == "title":
                continue  # "the Turkmen foreign minister" is the state's own
            here = {
                n.entry.code
                for n in names.values()
                if n.entry.kind in HOME_KINDS and doc[n.start : n.end].text.lower() not in MINORITY_PEOPLES
            }
            known = self.named | here
            if m.entry.code in known or len(known & homes) != 1:
                continue
            code = next(iter(known & homes))
            entry = Entry(m.entry.alias, code, None, m.entry.kind, self.gaz.country_name(code) or code)
            names[m.start] = Match(m.start, m.end, entry)

    @property
    def placed(self) -> set[str]:
        """The states of the cities and provinces the story sets acts in."""
        return set(self.place_mentions)

    def _note_owned(self, tok: Token, found: Actor | None) -> None:
        """Remember whose the thing or the people ``tok`` names are, for a later bare mention of
        them; forget it when two states' are named."""
        if found is None or not found.country:
            return
        known = self.owned.setdefault(tok.lemma_.lower(), found)
        if known is not None and known.country != found.country:
            self.owned[tok.lemma_.lower()] = None

    def _past_dateline(self, sent: Span, marks: SentenceMarks) -> SentenceMarks:
        """The names of a sentence that count for what the story is about. A dateline that opens
        a story ("Geneva, Switzerland." before "Syria's opposition has urged Russia") is the place
        the report was filed from: its names count only when the sentence after it names no state."""
        homes = {m.entry.code for m in marks.names.values() if m.entry.kind in HOME_KINDS}
        if self.datelined and self.sentence_no == 0 and homes:
            self._dateline = (sent, marks)
            return SentenceMarks({}, marks.terms)
        filed, self._dateline = self._dateline, None
        if filed is not None and not homes - self.gaz.non_state_codes:
            self._count_states(*filed)
        return marks

    def _count_states(self, sent: Span, marks: SentenceMarks) -> None:
        """Count the states a sentence names; the first of them is the story's first state."""
        self.salience.update(_named_states(sent.doc, marks))
        if self.first_state is None:  # the state of the dateline or the story's first sentence
            self.first_state = next(
                (
                    m.entry.code
                    for _, m in sorted(marks.names.items())
                    if m.entry.kind in HOME_KINDS and m.entry.code not in self.gaz.non_state_codes
                ),
                None,
            )

    def note_sentence(self, sent: Span, marks: SentenceMarks) -> None:
        """Register the people this sentence introduces and count the states it names."""
        self._pronouns = {}
        self.place_words.update(t.text for t in sent if t.pos_ == "PROPN" and t.i not in marks.names)
        for tok in sent:  # "in west Cork": the story is set in Ireland too
            placed = tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS
            if placed:
                self.venues.update(_venue_states(tok, marks) - self.gaz.non_state_codes)
            if placed and tok.pos_ == "PROPN" and tok.i not in marks.names:
                mods = [c for c in tok.children if c.dep_ == "compound"]
                if tok.i not in marks.terms and all(c.lower_ in COMPASS_WORDS for c in mods):
                    code = geo.home(tok.text)
                    if code is not None:
                        self.place_mentions[code] += 1
            if tok.i in marks.terms:  # "Houston police", "the Houston Police Department": the town's state
                code = self._city_of(tok, marks)
                if code is not None:
                    self.place_mentions[code] += 1
        self._count_states(sent, self._past_dateline(sent, marks))
        self.last_state = self._last_named
        self.named_before = set(self.named)
        self.named.update(m.entry.code for m in marks.names.values() if m.entry.kind in HOME_KINDS)
        for start in sorted({m.start for m in marks.names.values()}):
            m = marks.names[start]
            if m.entry.kind == "igo":
                self.igos.append(m)
            if m.entry.kind in HOME_KINDS and m.entry.code not in self.gaz.non_state_codes:
                self._last_named = m.entry.code  # the last_state of the sentences after this one
        for start in sorted({m.start for m in marks.names.values()}):
            m = marks.names[start]
            if m.entry.kind == "person" and m.entry.name.lower() not in self.persons:
                # "President Michael D. Higgins": a later "the President" is him
                root = _match_root(sent.doc, m)
                if root is not None:
                    # the office the table gives only in the years it was held: "Sen. Marco Rubio" in
                    # 2017 is no secretary of state, and a later "the secretary" is someone else
                    held, toks = m.entry.in_office(self.year), self.np_tokens(root)
                    words = _title_words(toks, marks) | (_office_words(m.entry.office) if held else set())
                    sector = m.entry.sector if held else self._sector(root, toks, marks) or m.entry.sector
                    self._register(Person(m.entry.name, m.entry.code, sector, words))
        for run in proper_names(sent):  # names the sentence introduces, with their titles
            head = run[-1]
            if head.i in marks.names or head.i in marks.terms or head.dep_ in {"compound", "flat"}:
                continue
            if len(run) < 2 and not any(t.i in marks.terms for t in head.children):
                continue
            if _place_phrase(head, marks):  # "on his way back to the Middle East", "Aqaba, Jordan"
                continue
            actor = self.resolve(head, marks, register=True)
            if actor and actor.country and actor.name and actor.name != self.gaz.country_name(actor.country):
                self.remember(actor, person=True)
        self.sentence_no += 1
        self._note_authors(sent, marks)
        self._note_charges(sent, marks)
        for tok in sent:  # "Peru's ambassador", "the Turkish foreign minister": an office and its state
            term = marks.terms.get(tok.i)
            if term is None or term.kind != "title" or tok.pos_ != "NOUN" or tok.i != term.end - 1:
                continue
            toks = self.np_tokens(tok)
            words = _title_words(toks, marks)
            if words and not any(t.pos_ == "PROPN" and t.i not in marks.names and t.i not in marks.terms for t in toks):
                found = self.resolve(tok, marks)
                if found is not None and found.country and found.country not in self.gaz.non_state_codes:
                    self.offices.append((words, found.country))
        for tok in sent:  # "a Chadian army checkpoint", then "two checkpoints"
            if tok.pos_ != "NOUN" or tok.i in marks.terms or tok.i in marks.names:
                continue
            if tok.dep_ == "compound" and tok.head.pos_ == "PROPN":
                continue  # "Ukrainian artist X": a person described, no thing of Ukraine's
            mods = [c for c in tok.children if c.dep_ in {"amod", "poss", "compound"}]
            # "a Nigerien army outpost": the state may modify a modifier
            mods += [g for c in mods for g in c.children if g.dep_ in {"amod", "poss", "compound"}]
            owner = next((c for c in mods if c.i in marks.names), None)
            if owner is not None and marks.names[owner.i].entry.kind in {"country", "adjective"}:
                self._note_owned(tok, self.resolve(tok, marks))
        for tok in sent:  # "two police officers", then "the officers": the same ones
            term = marks.terms.get(tok.i)
            if term is None or tok.i != term.end - 1 or term.end - term.start < 2 or tok.pos_ != "NOUN":
                continue
            if (tok.lemma_.lower(),) in self.gaz.terms or (tok.lower_,) in self.gaz.terms:
                continue  # "army chief": a chief is a term of its own
            found = self.resolve(tok, marks)
            if found is None or not found.members:
                self._note_owned(tok, found)
        for tok in sent:  # people acted on ("police detained X"): what a later "him" may point back to
            if tok.dep_ == "dobj" and tok.pos_ == "PROPN" and not marked(tok, marks):
                actor = self.resolve(tok, marks)
                if actor is not None and actor.name and not actor.members and self._lookup_person(actor.name):
                    self.patients.append((actor, tok, self.sentence_no))
        for tok in sent:  # subjects are what later pronouns point back to
            if tok.dep_ in {"nsubj", "nsubjpass"} and tok.pos_ in {"NOUN", "PROPN"}:
                actor = self.resolve(tok, marks)
                # "Qamar Javed Bajwa"; not "the War", not "the Kazakh Foreign Ministry"
                named = (
                    tok.pos_ == "PROPN"
                    and not marked(tok, marks)
                    and any(
                        c.dep_ in {"compound", "flat"} and c.pos_ == "PROPN" and not marked(c, marks)
                        for c in tok.children
                    )
                )
                if not named and tok.pos_ == "PROPN" and not marked(tok, marks) and actor and actor.name:
                    # "Belgacem", whom the story named in full before: a person, whom "he" may be
                    named = actor.name != tok.text and tok.text in actor.name.split()
                if actor and actor.country and not actor.members:
                    titled = tok.i in marks.terms and marks.terms[tok.i].kind in {"title", "role"}
                    self.remember(actor, person=tok.tag_ in {"NN", "NNP"} and (titled or named))
                elif actor and actor.name and named and not actor.members and tok.tag_ == "NNP":
                    self.remember(actor, person=True)  # a person of no known state: "he" is still them
                if actor and self.recent and self.recent[-1] is actor and id(actor) in self.people:
                    self.speakers.append((actor, tok, self.sentence_no))
                    if tok.dep_ == "nsubjpass":
                        self.patients.append((actor, tok, self.sentence_no))
                elif actor and not actor.members and not _plural(tok) and main_clause(tok.head):
                    self.subjects.append((actor, tok, self.sentence_no))  # what a later "it" does
                elif actor and actor.country and actor.sector in STATE_SECTORS and main_clause(tok.head):
                    # "Pakistani officials accuse X ... It also blames Y": their state
                    state = Actor(text=tok.text, name=self.gaz.country_name(actor.country), country=actor.country)
                    self.subjects.append((state, tok, self.sentence_no))
                if actor and (actor.country or actor.members) and (_plural(tok) or actor.members):
                    self.groups.append((actor, tok, self.sentence_no))  # what "they" points back to
            elif tok.dep_ in {"nsubj", "nsubjpass"} and tok.lower_ in PERSON_PRONOUNS:
                actor = self.resolve(tok, marks)  # "He said ... He added": still the same person
                if actor is not None and (actor.country or actor.name):
                    self.speakers.append((actor, tok, self.sentence_no))
            if tok.dep_ in {"nsubj", "nsubjpass"} and any(c.dep_ == "conj" for c in tok.children):
                members = [self.resolve(t, marks) for t in [tok, *(c for c in tok.children if c.dep_ == "conj")]]
                members = [m for m in members if m is not None and m.country and not m.members]
                if len({(m.country, m.name) for m in members}) >= 2:  # "Lopez and Ferreira will meet ..."
                    compound = Actor(text=tok.text, name=None, country=None, members=members)
                    self.groups.append((compound, tok, self.sentence_no))
        # "taken by the militants when they stormed X": the doers a passive names are "they" too
        agents = [
            (actor, tok, self.sentence_no)
            for tok in sent
            if tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.pos_ in {"NOUN", "PROPN"} and _plural(tok)
            for actor in [self.resolve(tok, marks)]
            if actor is not None and actor.country and not actor.members
        ]
        if agents:
            earlier = [g for g in self.groups if g[2] != self.sentence_no]
            now = [g for g in self.groups if g[2] == self.sentence_no] + agents
            self.groups = earlier + sorted(now, key=lambda g: g[1].i)

    def note_act(self, lemma: str, actor: Actor | None) -> None:
        """Remember that the state of ``actor`` did the act a trigger of ``lemma`` told, so that
        "the test" named later in the story is its own ("North Korea tested a missile ... Japan
        condemned the test")."""
        if actor is not None and actor.country and not actor.members:
            self.acts.pop(lemma, None)  # the latest last
            self.acts[lemma] = actor.country

    def doer_of(self, noun: str) -> str | None:
        """The state that last did the act a noun names: by the trigger's own lemma ("the test") or
        one it is made from ("the deployment" of "deployed", "the approval" of "approved")."""
        for lemma in reversed(self.acts):
            stem = lemma.removesuffix("e")
            if noun == lemma or (len(stem) > 3 and noun.startswith(stem)):
                return self.acts[lemma]
        return None

    def note_claim(self, kind: str, country: str | None, actor: Actor) -> None:
        """Remember that ``actor`` charged (kind "charge") or asked (kind "ask") the state
        ``country`` with or for something. A claim told again (the sentence's charge, then the
        event it makes; "urged the ministry and the army", one state) is held once, as the latest."""
        if not country or not actor.country or actor.members:
            return
        same = (actor.country, actor.sector, actor.name)
        self.claims = [
            (k, c, a, n)
            for k, c, a, n in self.claims
            if (k, c, (a.country, a.sector, a.name)) != (kind, country, same)
        ]
        self.claims.append((kind, country, actor, self.sentence_no))

    def claimants(self, kind: str, country: str | None) -> list[Actor]:
        """Who last charged or asked the state ``country``, as :meth:`note_claim` remembered: the
        states of the sentence that told it last ("South Korea and Malaysia accuse Pyongyang")."""
        mine = [(a, n) for k, c, a, n in self.claims if k == kind and c == country]
        if not mine:
            return []
        last = mine[-1][1]
        out: list[Actor] = []
        for a, n in mine:
            if n == last and a.country not in {b.country for b in out}:
                out.append(_copy(a))
        return out

    def _note_charges(self, sent: Span, marks: SentenceMarks) -> None:
        """"US agencies concluded that Russia hacked the emails", "Seoul accused Pyongyang of
        ...": the subject charges the state of the clause's subject or of the object; not when
        the charge or the charged clause is denied ("did not accuse", "concluded that Russia had
        not hacked"), nor when the charge is yet to be made ("would accuse X if ...")."""
        for tok in sent:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in CLAIM_VERBS or _negated(tok):
                continue
            if clause_status(tok) not in CLAIM_STATUSES:
                continue  # "would accuse X if ...", "will accuse X": no charge made yet
            subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
                continue
            charged = [c for c in tok.children if c.dep_ == "dobj"]
            said = [c for c in tok.children if c.dep_ == "ccomp" and not _negated(c)]
            charged += [s for c in said for s in c.children if s.dep_ == "nsubj"]
            charged = [c for c in charged if c.pos_ in {"NOUN", "PROPN"}]
            if not charged:
                continue
            accuser = self.resolve(subject, marks)
            if accuser is None or not accuser.country or accuser.members:
                continue
            for head in charged:
                found = self.resolve(head, marks)
                if found is not None and found.country and not found.members:
                    self.note_claim("charge", found.country, accuser)

    def _note_authors(self, sent: Span, marks: SentenceMarks) -> None:
        """Remember who made a statement, a law, a plan: "X issued a statement", "X passed the
        law", "X's remarks", "remarks by X", "X claimed that ..."."""
        for tok in sent:
            lemma = tok.lemma_.lower()
            if tok.pos_ == "NOUN" and lemma in THING_CLASSES:
                author = self._maker(tok, marks)
                if author is not None:
                    self.authors.setdefault(THING_CLASSES[lemma], []).append((author, tok.head))
            if tok.pos_ == "NOUN" and lemma in GATHERING_HEADS:  # "a protest by Kurdish groups"
                who = next(
                    (
                        g
                        for c in tok.children
                        if c.dep_ == "prep" and c.lower_ in {"by", "of"}
                        for g in c.children
                        if g.dep_ == "pobj"
                    ),
                    None,
                )
                who = who or next((c for c in tok.children if c.dep_ == "poss"), None)
                self._note_participants(who, marks)
            elif tok.pos_ == "VERB" and lemma in GATHERING_VERBS:  # "Kurds rallied in Ankara"
                self._note_participants(next((c for c in tok.children if c.dep_ == "nsubj"), None), marks)
            if tok.pos_ == "VERB" and lemma in THING_VERBS:  # "the Commission proposed new rules"
                subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                if subject is None:
                    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
                    subject = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
                if subject is not None and subject.pos_ in {"NOUN", "PROPN"}:
                    found = self.resolve(subject, marks)
                    if found is not None and found.country and not found.members:
                        self.authors.setdefault(THING_VERBS[lemma], []).append((found, tok))
            if tok.pos_ == "VERB" and lemma in SPEECH_VERBS:
                subject = _subject(tok)  # "X told reporters"; not "the envoy was told"
                speaker = subject is not None and subject.dep_ == "nsubj" and subject.pos_ != "PRON"
                found = self.resolve(subject, marks) if speaker else None
                if found is not None and found.country and not found.members:
                    self.authors.setdefault("speech", []).append((found, tok))

    def _reporter_state(self, head: Token, marks: SentenceMarks, sector: str | None) -> str | None:
        """The state of a body of the same sector that reports what ``head`` did: "a raid left
        six gunmen dead, according to the Chadian army"; "soldiers cleared the market, the
        Sudanese army said"."""
        if sector is None or self._reporting:
            return None
        self._reporting = True
        try:
            return self._reporter(head, sector, marks)
        finally:
            self._reporting = False

    def _reporter(self, head: Token, sector: str, marks: SentenceMarks) -> str | None:
        for tok in head.sent:
            reporter = None
            if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according":
                reporter = tok
            elif tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEECH_VERBS | {"report", "announce"}:
                if tok.head.dep_ in {"ROOT", "parataxis"} and tok.i != head.i and not tok.is_ancestor(head):
                    reporter = tok
            if reporter is None or reporter.i == head.i or reporter.pos_ not in {"NOUN", "PROPN"}:
                continue
            found = self.resolve(reporter, marks)
            if found is not None and found.country and found.sector == sector and not found.members:
                return found.country
        return None

    def _government_partner(self, head: Token, marks: SentenceMarks) -> str | None:
        """The state of a government named together with a local group ("the Malian government
        and rebel groups", "the opposition and the Venezuelan government"): the group's own."""
        return self._conjoined_state(head, marks, lambda a: a.sector == "GOV")

    def _city_of(self, head: Token, marks: SentenceMarks) -> str | None:
        """The state of a place that names the actor's own home: "Rotterdam police", "Idlib
        rebels"; not a person's name ("the Bush administration"). A place a group holds ("rebel-held
        Idlib") stands for that group, at home in the place's state."""
        holders = {"npadvmod", "compound"}
        if head.pos_ == "PROPN" and not marked(head, marks) and any(
            c.dep_ == "amod" and c.lemma_.lower() in HELD_VERBS and any(g.dep_ in holders for g in c.children)
            for c in head.children
        ):
            code = geo.home(head.text)
            if code is not None:
                return code
        if head.lemma_.lower() in LOCAL_OFFICES:  # "police in Lagos", "the authorities in Kano"
            code = self._of_place(head, marks, SERVED_PREPS)
            if code is not None:
                return code
        kids = list(head.children)
        # "Texas Governor Greg Abbott", "Philadelphia Mayor Jim Kenney": the place names the title's office
        kids += [g for c in kids if c.dep_ == "compound" and c.i in marks.terms for g in c.children]
        for c in kids:
            if c.dep_ not in {"compound", "amod"} or not c.text.istitle() or marked(c, marks):
                continue
            if c.pos_ not in {"PROPN", "ADJ"} or c.i + 1 >= len(c.doc) or c.doc[c.i + 1].text == "-":
                continue  # "a Dubai-based firm" is not of Dubai's state
            if c.lower_ in self.persons or self.gaz.people_by_last.get(c.lower_):
                continue
            if head.pos_ == "PROPN" and c.i < head.i and _given_name(c, head, marks):
                continue  # "Mary McCord" is no one from Mary; "Idlib Governor X" is of Idlib
            code = next((geo.home(n) for n in _place_names(c, marks) if geo.home(n)), None)  # "New York police"
            if code is not None:
                return code
        return self._of_place(head, marks)

    def _of_place(self, head: Token, marks: SentenceMarks, preps: Collection[str] = ("of",)) -> str | None:
        """The state of a place an actor is "of" (or, given ``preps``, "in") that the gazetteer
        does not know: "Senator X of Ohio", "the governor of Idlib" hold its office or live there."""
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            for c in prep.children:
                if c.dep_ != "pobj" or c.lower_ in self.persons:
                    continue
                code = next((geo.home(n) for n in _place_names(c, marks) if geo.home(n)), None)
                if code is not None:
                    return code
        return None

    def _local_partner(self, head: Token, marks: SentenceMarks) -> str | None:
        """The state of a local group named together with a government that names none ("the
        government and the opposition failed to agree"): the government's own."""
        if head.lemma_.lower() not in HOME_BODIES:
            return None
        found = self._conjoined_state(head, marks, lambda a: a.sector in LOCAL_SECTORS)
        if found is not None:
            return found
        # "opposition parties attacked the administration": the one state of a party to the
        # clause that acts at home, when the clause names no other state
        verb = head
        while verb.dep_ != "ROOT" and verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        subjects = [t for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree]
        codes = set()
        for tok in _clause(head) + subjects:
            m = marks.names.get(tok.i)
            if m is None or m.entry.code in self.gaz.non_state_codes:
                continue
            term = marks.terms.get(tok.head.i)  # "Iranian students"
            if (m.entry.sector or (term.sector if term is not None else None)) not in LOCAL_SECTORS:
                return None
            codes.add(m.entry.code)
        return next(iter(codes)) if len(codes) == 1 else None

    def _conjoined_state(self, head: Token, marks: SentenceMarks, wanted: Callable[[Actor], bool]) -> str | None:
        """The state of an actor conjoined with ``head`` ("X and Y") that is ``wanted``."""
        if self._reporting:
            return None
        siblings = [c for c in head.children if c.dep_ == "conj"]
        if head.dep_ == "conj":
            siblings.append(head.head)
        self._reporting = True
        try:
            for other in siblings:
                if other.pos_ not in {"NOUN", "PROPN"}:
                    continue
                found = self.resolve(other, marks)
                if found is not None and found.country and wanted(found) and not found.members:
                    if found.country not in self.gaz.non_state_codes:
                        return found.country
        finally:
            self._reporting = False
        return None

    def _office_state(self, words: set[str]) -> str | None:
        """The state of the last unnamed holder of an office with these title words."""
        for office, country in reversed(self.offices):
            if words and words <= office:
                return country
        return None

    def _venue_named(self, head: Token, marks: SentenceMarks) -> bool:
        """Is ``head`` a pact, policy or round of talks named after the town it was made in ("the
        Paris Agreement", "the Minsk accords", "the Astana talks")? The town is no party to it.
        A state's name keeps its part ("the Iran deal", "the Russian-Turkish agreement")."""
        if head.lemma_.lower() not in VENUE_NAMED and head.lower_ not in VENUE_NAMED:
            return False
        kinds = {marks.names[t.i].entry.kind for t in head.subtree if t.i < head.i and t.i in marks.names}
        return "capital" in kinds and not kinds & {"country", "adjective", "people", "person", "igo", "group"}

    def _note_participants(self, who: Token | None, marks: SentenceMarks) -> None:
        if who is None or who.pos_ not in {"NOUN", "PROPN"}:
            return
        found = self.resolve(who, marks)
        if found is not None and found.country and not found.members:
            self.participants = (found, self.sentence_no)

    def _maker(self, thing: Token, marks: SentenceMarks) -> Actor | None:
        """Who the sentence says made ``thing``: its possessor, its "by" or "of" agent, or the
        subject of the verb that issues it. An act's possessor or "of" may be what it befalls
        ("Navalny's arrest", "the arrest of X"): only its "by" agent makes it."""
        document = thing.lemma_.lower() not in ACT_HEADS
        for child in thing.children:
            who = child if child.dep_ == "poss" and document else None
            if child.dep_ == "prep" and child.lower_ in ({"by", "of", "from"} if document else {"by"}):
                who = next((c for c in child.children if c.dep_ == "pobj"), None)
            if who is not None and who.pos_ in {"NOUN", "PROPN"}:
                found = self.resolve(who, marks)
                return found if found is not None and found.country and not found.members else None
        verb = thing.head
        if verb.lemma_.lower() not in ISSUE_VERBS or thing.dep_ not in {"dobj", "nsubjpass"}:
            return None
        issuer = next((c for c in verb.children if c.dep_ in {"nsubj", "agent"} and c.i != thing.i), None)
        if issuer is None and verb.dep_ in {"conj", "xcomp", "advcl"}:
            issuer = _subject(verb)
        if issuer is not None and issuer.dep_ == "agent":
            issuer = next((c for c in issuer.children if c.dep_ == "pobj"), None)
        if issuer is not None and issuer.lower_ in THING_PRONOUNS | GROUP_PRONOUNS:
            issuer = _reporting_subject(issuer)  # "the council said it would hold a meeting"
        if issuer is None or issuer.pos_ not in {"NOUN", "PROPN"}:
            return None
        found = self.resolve(issuer, marks)
        return found if found is not None and found.country and not found.members else None

    def held_in(self, head: Token, marks: SentenceMarks) -> str | None:
        """The state an arrest, a jailing or an expulsion the phrase places is done by: "the
        detention of a Russian pilot in the US" is the US's act, whoever it befalls ("the pilot's
        detention in the US" too); not when a "by" agent or a modifier names the doer."""
        if THING_CLASSES.get(head.lemma_.lower()) not in STATE_ACT_CLASSES:
            return None
        if any((c.dep_ == "prep" and c.lower_ == "by") or (c.dep_ in {"compound", "amod"} and c.i in marks.names)
               for c in head.children):
            return None  # "the arrest by Turkish police", "the US detention of X": the doer is named
        # "in the US" on the act or on whom it befalls ("the detention of a pilot in the US")
        held = [head, *(o for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children)]
        places = [o for h in held for c in h.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children]
        codes = {c for o in places for c in _venue_states(o, marks)} - self.gaz.non_state_codes
        return next(iter(codes)) if len(codes) == 1 else None

    def _clause_maker(self, thing: Token, marks: SentenceMarks) -> Actor | None:
        """Who a clause on ``thing`` says made it: "the statement issued in Doha by the Qatari
        ministry", "the remarks, which the Yemeni president made on Sunday"."""
        for clause in thing.children:
            if clause.dep_ not in {"acl", "relcl"} or clause.lemma_.lower() not in ISSUE_VERBS | THING_VERBS.keys():
                continue
            who = None
            for c in clause.children:
                if c.dep_ == "agent":
                    who = next((g for g in c.children if g.dep_ == "pobj"), None)
                elif c.dep_ == "nsubj" and clause.dep_ == "relcl" and c.tag_ not in {"WDT", "WP"}:
                    who = c
            if who is not None and who.pos_ in {"NOUN", "PROPN"}:
                found = self.resolve(who, marks)
                if found is not None and found.country and not found.members:
                    return Actor(text=thing.text, name=found.name, country=found.country, sector=found.sector)
        return None

    def _made(self, head: Token) -> Actor | None:
        """The author of "the statements", "the law": who the document last said made one of
        that class, unless that was said by the clause ``head`` stands in."""
        for author, verb in reversed(self.authors.get(THING_CLASSES.get(head.lemma_.lower(), ""), [])):
            if verb.doc is head.doc and (verb.i == head.i or verb in head.ancestors or head.head.i == verb.i):
                continue  # "officials said the statements were ...": not the officials' own
            return Actor(text=head.text, name=author.name, country=author.country, sector=author.sector)
        return None

    # -- resolution --------------------------------------------------------------------
    def np_tokens(self, head: Token) -> list[Token]:
        """The noun phrase around ``head``, breadth first (nearest modifiers first), with any
        apposition last: "AU Commission chair X, a Chadian economist" serves the AU."""
        ally = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
        twin = after is not None and after.pos_ == "PROPN" and (after.dep_, after.head) == (head.dep_, head.head)
        if not ally and twin:
            ally = [after]  # "accused NATO ally Denmark", parsed as two objects
        if ally and head.lemma_.lower() in ALLY_HEADS:
            return [head, *self.np_tokens(ally[0])]  # "US ally Japan": Japan, not the US
        out, queue, later = [head], [head], []

        def relation(prep: Token) -> bool:  # "relations with Ghana" are Ghana's side of them
            wanted = RELATION_PREPS.get(head.lemma_.lower(), frozenset()) | RELATION_PREPS.get(head.lower_, frozenset())
            return prep.lower_ in wanted and head.dep_ not in {"nsubj", "nsubjpass"}

        while queue or later:
            if not queue:
                queue = [later.pop(0)]
                out.append(queue[0])
            tok = queue.pop(0)
            # "ties with Laos and Bhutan"
            partners = tok.dep_ == "pobj" and tok.head.head.i == head.i and relation(tok.head)
            for child in tok.children:
                if (
                    child.dep_ not in NP_DEPS
                    and not (partners and child.dep_ == "conj")
                    and not (child.dep_ == "acl" and tok.i == head.i and child.lower_ in ALLEGIANCE_PREPS)
                ):
                    continue
                if (
                    child.dep_ == "prep"
                    and child.lower_ not in NP_PREPS
                    and not (tok.i == head.i and relation(child))
                    and not _allegiance(tok, child, head)
                ):
                    continue
                if child.dep_ == "prep" and child.lower_ == "of" and tok.lemma_.lower() in VICTIM_HEADS:
                    continue  # "the alleged attacker of Norway's envoy"
                if child.dep_ == "poss" and tok.lemma_.lower() in ALLY_HEADS:
                    continue  # "a leader of Iran's proxy ally"
                if child.dep_ == "appos":
                    # "the country, a NATO member": not NATO ("X, one of Russia's delegates" is Russian)
                    if tok.lemma_.lower() not in NATION_NOUNS or child.lemma_.lower() not in MEMBER_HEADS | ALLY_HEADS:
                        later.append(child)
                    continue
                out.append(child)
                queue.append(child)
        return out

    def resolve(self, head: Token, marks: SentenceMarks, register: bool = False) -> Actor | None:
        """The actor the noun phrase of ``head`` names, or None. With ``register``, a person it
        names is registered with the state found for them even when known already.

        In order: a person the document knows by surname; the gazetteer name in the phrase
        (:meth:`_named`), a people's state of residence (:meth:`_residence`), the sector
        (:meth:`_phrase_sector`), a critic's (:meth:`_critic`), a person's name and state
        (:meth:`_named_person`). A phrase still of no state is then the people last gathered,
        a thing named before, or what it describes, and a local group or an official takes the
        state the story places it in (:meth:`_unplaced`)."""
        if self.voice is not None and head.lower_ in FIRST_PERSON and head.pos_ == "PRON":
            return _copy(self.voice)  # '"We have asked Russia to stop. ...," Merkel said': Merkel
        toks = self.np_tokens(head)
        if self.voice is not None and any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in head.children):
            # "shelled our villages" in the speaker's quotation: the speaker's state's
            text = _phrase_text(head, toks)
            return Actor(text=text, name=None, country=self.voice.country, sector=self._sector(head, toks, marks))
        if head.pos_ == "PROPN" and head.i not in marks.names and head.lower_ in self.persons and not register:
            known = self.persons[head.lower_]  # "Varga", whatever label the model gave it
            return Actor(text=_phrase_text(head, toks), name=known.name, country=known.country, sector=known.sector)
        text = _phrase_text(head, toks)
        if self._venue_named(head, marks):
            return None
        if head.lemma_.lower() in THING_CLASSES and head.dep_ == "dobj" and head.head.lemma_.lower() in ISSUE_VERBS:
            maker = self._maker(head, marks)  # "the Council adopted a French-drafted text": the Council's
            if maker is not None:
                return Actor(text=text, name=maker.name, country=maker.country, sector=maker.sector)
        held = self.held_in(head, marks)
        if held is not None:  # "the detention of a Russian pilot in the US": the US's act
            return Actor(text=text, name=self.gaz.country_name(held), country=held)
        if any(t.i in marks.names and t.head.i == head.i and negated_name(t) for t in toks):
            # "non-EU citizens", "non-US charities": of some other state, not known which
            return Actor(text=text, name=None, country=None, sector=self._sector(head, toks, marks))
        kin = self._kin(head, marks)
        if kin is not None:
            return Actor(text=text, name=self.gaz.country_name(kin), country=kin)
        patron = self._patron(head, marks)
        if patron is not None:
            return Actor(text=text, name=None, country=patron, sector=self._sector(head, toks, marks))
        employer = self._employer(toks, marks)
        if employer:
            # "X, the Asia director at Human Rights Watch", "a spokeswoman for the Kenyan foreign
            # ministry": the organisation, not the topic of the title
            toks = employer + [t for t in toks if t.i in marks.terms or t.i not in marks.names]
        found = self._named(toks, marks)
        if _allies_of(head, found.match):
            return None  # "US allies in the region": other states, not named
        self._residence(found, head, toks, marks)
        self._phrase_sector(found, head, toks, marks)
        if employer and found.match is not None and found.match.start in {t.i for t in employer}:
            if found.match.entry.kind in {"group", "igo"} and found.match.entry.sector:
                found.sector = found.match.entry.sector  # "a researcher at Amnesty" is of the NGO
        self._critic(found, toks)
        person = self._named_person(found, head, toks, marks, register)
        if found.kind == "person" and found.match is not None:
            found.name = found.match.entry.name
        sector = found.sector
        if found.country is not None and _former_colony(head, toks, found):
            # "the former Portuguese colony": the state the colony became, the one the story is about
            other = next((c for c in self.salient(exclude={found.country}) if c not in self.gaz.non_state_codes), None)
            return Actor(text=text, name=self.gaz.country_name(other), country=other) if other else None
        if found.country is None and self.participants is not None and head.lemma_.lower() in PARTICIPANT_HEADS:
            crowd, when = self.participants  # "police broke up a rally by Kurds and detained 20 people"
            if self.sentence_no - when <= 1 and head.dep_ in {"dobj", "pobj", "nsubjpass"}:
                return Actor(text=text, name=crowd.name, country=crowd.country, sector=sector or crowd.sector)
        if found.country is None and head.lemma_.lower() in ROLE_HEADS and head.dep_ == "dobj":
            if head.head.lemma_.lower() in ROLE_HEADS[head.lemma_.lower()]:
                player = _subject(head.head)  # "X played a central role backing Y": X's
                if player is not None and player.pos_ in {"NOUN", "PROPN", "PRON"}:
                    return self.resolve(player, marks)
        if found.country is None and head.pos_ == "NOUN" and head.i not in marks.terms and not person:
            thing = self.owned.get(head.lemma_.lower())  # "two checkpoints": the Chadian ones
            if thing is not None and not any(t.i in marks.names for t in toks):
                return Actor(text=text, name=thing.name, country=thing.country, sector=sector or thing.sector)
        if found.country is None:
            return self._unplaced(head, toks, marks, text, person, sector)
        pair = self._paired_states(head, found, marks)
        if pair:  # "Russian and French senators": of both states
            members = [Actor(text=text, name=self.gaz.country_name(c), country=c, sector=sector) for c in pair]
            return Actor(text=text, name=None, country=None, sector=sector, members=members)
        name = found.name
        if name is None:
            name = (
                self.gaz.country_name(found.country)
                if found.kind in {"country", "adjective", "people"}
                else (found.match.entry.name if found.match else None)
            )
        return Actor(text=text, name=name, country=found.country, sector=sector)

    def _kin(self, head: Token, marks: SentenceMarks) -> str | None:
        """The state of the one whose relative ``head`` is: "Kelly's eldest son", "the
        president's brother" (no state or sector of their own named)."""
        if head.lemma_.lower() not in KIN_NOUNS or head.i in marks.terms:
            return None
        if any(t.i in marks.names for t in head.subtree if t.dep_ != "poss" and t.head == head):
            return None
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"}), None)
        if owner is None:
            return None
        found = self.resolve(owner, marks)
        if found is None or not found.country or found.members or found.country in self.gaz.non_state_codes:
            return None
        return found.country

    def _paired_states(self, head: Token, found: _Reading, marks: SentenceMarks) -> list[str]:
        """The states of a plural noun that two states' adjectives joined by "and" modify
        ("Russian and French senators", "US and Chinese officials"), or that names two states
        joined by "and" ("the leaders of Russia and Germany"); empty otherwise."""
        match = found.match
        if match is None or head.tag_ not in {"NNS", "NNPS"}:
            return []
        first = head.doc[match.end - 1]
        if found.kind == "adjective":  # "Russian and French senators"
            attached = first.head.i == head.i and first.dep_ in {"amod", "compound", "nmod"}
        else:  # "the leaders of Russia and Germany"
            of = first.head
            attached = found.kind == "country" and first.dep_ == "pobj" and of.lower_ == "of" and of.head.i == head.i
        if not attached:
            return []
        codes = [match.entry.code]
        for other in first.conjuncts:
            m = marks.names.get(other.i)
            if m is None or m.entry.kind not in {"adjective", "country"} or m.entry.code in codes:
                return []
            codes.append(m.entry.code)
        return codes if len(codes) == 2 else []

    def _patron(self, head: Token, marks: SentenceMarks) -> str | None:
        """The state of the person a spokesman or an aide serves ("a spokeswoman for Chancellor
        X", "an aide to X", X named before): an aide speaks for the person's state."""
        if head.lemma_.lower() not in AIDE_NOUNS:
            return None
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in EMPLOYER_PREPS | {"to"}:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj" or obj.pos_ != "PROPN":
                    continue
                m = marks.names.get(obj.i)
                if m is not None and m.entry.kind == "person":
                    return m.entry.code
                if m is None and obj.i not in marks.terms:
                    known = self._lookup_person(" ".join(t.text for t in obj.subtree if t.pos_ == "PROPN"))
                    if known is not None and known.country:
                        return known.country
        return None

    def _employer(self, toks: list[Token], marks: SentenceMarks) -> list[Token]:
        """The phrase of the organisation a title in the phrase serves ("director at X",
        "spokesman for the Y ministry", "a researcher with Z"), when it is a named organisation
        or a state's body; empty when there is none."""
        for tok in toks:
            term = marks.terms.get(tok.i)
            if tok.pos_ not in {"NOUN", "PROPN"}:
                continue
            if term is None and tok.lemma_.lower() not in STAFF_NOUNS:
                continue
            if term is not None and (term.kind not in {"title", "role"} or term.sector == "CVL"):
                continue  # "protesters at the embassy" are where they protest
            for prep in tok.children:
                if prep.dep_ != "prep" or prep.lower_ not in EMPLOYER_PREPS:
                    continue
                for obj in prep.children:
                    if obj.dep_ != "pobj":
                        continue
                    m = marks.names.get(obj.i)
                    body = marks.terms.get(obj.i)
                    if (m is not None and m.entry.kind in {"igo", "group", "seat"}) or (
                        m is None and body is not None and body.kind == "body" and body.sector in STATE_BODIES
                    ):
                        return self.np_tokens(obj)
        return []

    def _named(self, toks: list[Token], marks: SentenceMarks) -> _Reading:
        """The gazetteer name a phrase rests on: its first, but for a group named by a common
        noun, another name in the phrase."""
        found = _Reading()
        named = [marks.names[t.i] for t in toks if t.i in marks.names]
        # "the session of the UN commission in Vienna": where a thing is held is not whose it is
        own = [m for m in named if not _located(toks[0].doc, m)]
        if named and not own and toks[0].lemma_.lower() in ACT_HEADS:
            return found  # "the bombing of a market in Baghdad": where it struck, not who did it
        if named:
            found.take((own or named)[0])
        match = found.match
        if match is not None and match.entry.kind == "igo":
            # "OSCE envoy X, a member of the Russian delegation": the state's member
            for t in toks:
                m = marks.names.get(t.i)
                if m is None or m.entry.kind not in {"country", "adjective"}:
                    continue
                if m.entry.code in self.gaz.non_state_codes:
                    continue
                if t.head.lemma_.lower() in DELEGATION_HEADS and t.dep_ in {"amod", "compound", "poss"}:
                    found.take(m)
                    return found
        if match is not None and match.entry.alias[:1].islower() and match.entry.kind == "group":
            # "a Chilean human rights group" is Chilean; "a human rights group" an NGO
            own = next(
                (
                    marks.names[t.i]
                    for t in toks
                    if t.i in marks.names
                    and marks.names[t.i] != match
                    and not (t.dep_ == "pobj" and t.head.lower_ in LOCATIVE_PREPS)  # "an al-Qaeda leader in Yemen"
                ),
                None,
            )
            if own is not None:
                found.take(own)
        return found

    def _residence(self, found: _Reading, head: Token, toks: list[Token], marks: SentenceMarks) -> None:
        """A people or an ethnic community is of the state it lives in: the one the phrase names,
        else the one its own clause places it in."""
        kind, match = found.kind, found.match
        if kind == "people" or (kind == "adjective" and match is not None and _ethnic(head.doc, match)):
            # "ethnic Greeks in southern Albania", "the Greek minority in X": the state they live in
            home = next(
                (
                    marks.names[t.i]
                    for t in toks
                    if t.i in marks.names
                    and t.head.dep_ == "prep"
                    and t.head.lower_ in {"in", "of"}
                    and marks.names[t.i].entry.kind in {"country", "region", "capital"}
                ),
                None,
            )
            if home is not None:
                found.take(home)
        kind, match = found.kind, found.match
        if kind in {"people", "adjective"} and match is not None and _ethnic(head.doc, match):
            place = self._own_place(head, marks)  # "ethnic Greeks rallied in Albania": Albania's
            if place is not None and place != found.country:
                found.country, found.kind, found.name = place, "country", self.gaz.country_name(place)
                found.match = None

    def _phrase_sector(self, found: _Reading, head: Token, toks: list[Token], marks: SentenceMarks) -> None:
        """The sector of the phrase's own words (:meth:`_sector`), unless the gazetteer name gives
        one: always a person's or a seat's, and a group's for its leader."""
        sector = self._sector(head, toks, marks)
        match = found.match
        own = marks.terms.get(head.i)
        if match is not None and match.entry.kind == "seat" and _seat_scene(head, toks, match, marks):
            pass  # "the Westminster attacker (X)" attacked the seat, and does not sit in it
        elif match is not None and match.entry.sector and sector is not None and _serves(head, match):
            pass  # "troops loyal to the president" are troops, of his state
        elif match is not None and match.entry.kind == "person" and sector and not match.entry.in_office(self.year):
            pass  # "US Sen. Marco Rubio" in 2017: the title the text gives, not an office held later
        elif match is not None and match.entry.kind == "capital" and _placed_by(head, match):
            pass  # "all protests in Nairobi": the capital is where they are, not the government
        elif match is not None and match.entry.sector and (sector is None or match.entry.kind in {"person", "seat"}):
            sector = match.entry.sector
        elif match is not None and match.entry.kind == "group" and match.entry.sector and sector == "GOV":
            own = marks.terms.get(head.i)  # "an al-Qaeda leader" leads the group; "the Hamas government" governs
            if own is not None and own.kind in {"title", "role"}:
                sector = match.entry.sector
            elif match.entry.sector == "PTY" and any(_leads(t, match, marks) for t in toks):
                sector = match.entry.sector  # "X, the leader of Sinn Fein": of the party, as its leader
        elif match is not None and match.entry.kind == "group" and match.entry.sector == "PTY" and sector == "LEG":
            if any(_leads(t, match, marks) for t in toks):
                sector = "PTY"  # "a National Front MEP", "a Labour lawmaker": the party's member
        found.sector = sector

    def _critic(self, found: _Reading, toks: list[Token]) -> None:
        """A critic of a named actor ("a Kremlin critic") is of the opposition of its state."""
        match, kind = found.match, found.kind
        if match is None or not _critic_of(toks, match):
            return
        found.sector = "OPP" if match.entry.sector in {"GOV", None} or kind == "person" else None
        if kind not in {"country", "adjective", "people", "capital", "seat", "person", "region"}:
            found.country = found.match = found.kind = found.name = None  # "a NATO critic" is of no state
        else:
            found.kind, found.name = "adjective", None  # the critic, not the one criticised

    def _named_person(
        self, found: _Reading, head: Token, toks: list[Token], marks: SentenceMarks, register: bool
    ) -> str | None:
        """The name of the person the phrase names, if any. Unless the gazetteer named them, the
        phrase takes that name and, if it has none, the person's state: the person known by the
        name, the office holder a title or "Mr" names, the state of the office named before, or
        where the clause or the sentence places a titled person; registered with a state found."""
        person = self._person_name(head, toks, marks)
        if not person or found.kind == "person":
            return person
        known = self._lookup_person(person)
        words = person.split()
        if len(words) >= 2 and words[0].lower() not in HONORIFICS:
            self.full_names.setdefault(words[-1].lower(), person)
        elif known is None and words[-1].lower() in self.full_names:
            # "Shane Ross ... Mr Ross": the person the story named, not an office holder of that surname
            person = self.full_names[words[-1].lower()]
            words = person.split()
        titled = any(marks.terms[t.i].kind == "title" for t in toks if t.i in marks.terms)
        if known is None and " " not in person and titled:
            hit = self.gaz.person_by_surname(person, self.year)  # "President Bush"
            title_sectors = {marks.terms[t.i].sector for t in toks if t.i in marks.terms}
            if hit is not None and hit.sector in title_sectors:  # not "Judge Brown"
                known = Person(hit.name, hit.code, hit.sector)
                person = hit.name
        if known is None and len(words) == 2 and words[0].lower() in HONORIFICS and self.year is not None:
            hit = self.gaz.person_by_surname(words[1], self.year)  # "Mr Kenny", his title not given
            if hit is not None and hit.in_office(self.year):
                known = Person(hit.name, hit.code, hit.sector)
                person = hit.name
        if known is not None and " " in person and person != known.name and _close(person.lower(), known.name.lower()):
            person = known.name  # "Sergei X" after "Sergey X": one person, spelled as first met
        if found.country is None and known is not None:
            found.country, found.sector = known.country, found.sector or known.sector
        if found.country is None and titled:
            # "Peru's ambassador ... Ambassador Carlos Tello": the office named before
            found.country = self._office_state(_title_words(toks, marks))
        if found.country is None and titled:
            found.country = self._possessor_state(toks, marks)  # "Zuma asked his finance minister, X"
        if found.country is None and titled and not _of_many_states(toks):
            # "Judge X fined two Chilean mayors"
            found.country = (
                self._of_place(head, marks)  # "Sen. X of Ohio"
                or self._own_place(head, marks, visitor=True)
                or self._sentence_state(head, marks)
            )
        if found.country is None:
            title = self._title_before(toks, marks)  # "Georgia's envoy for talks with Russia, Zurab X"
            if title is not None:
                found.country, found.sector = title.country, found.sector or title.sector
        if found.country is None:
            role = self._role_as(head, marks)  # "named X as the country's prime minister"
            if role is not None:
                found.country, found.sector = role.country, found.sector or role.sector
        if found.country is not None and (register or self._lookup_person(person) is None):
            self._register(Person(person, found.country, found.sector, _title_words(toks, marks)))
        found.name = person
        return person

    def _title_before(self, toks: Sequence[Token], marks: SentenceMarks) -> Actor | None:
        """The office a title just before a name and a comma names, whatever the parse made of
        the pair ("Georgia's special representative for relations with Russia, Zurab X told
        reporters"): the state that title serves."""
        first = min(t.i for t in toks)
        doc = toks[0].doc
        if first < 2 or doc[first - 1].text != "," or doc[first - 2].sent != toks[0].sent:
            return None
        cur = doc[first - 2]
        while cur.i not in marks.terms and cur.dep_ in {"pobj", "prep"} and cur.head.i < cur.i:
            cur = cur.head  # "... for relations with Russia": the title the phrase hangs on
        term = marks.terms.get(cur.i)
        if term is None or term.kind != "title" or cur.pos_ not in {"NOUN", "PROPN"}:
            return None
        if cur.dep_ == "pobj" or cur.ent_type_ == "ORG":
            return None  # "at a meeting of the Association of Attorneys General, X said": no title of X's
        found = self.resolve(cur, marks)
        return found if found is not None and found.country and not found.members else None

    def _role_as(self, head: Token, marks: SentenceMarks) -> Actor | None:
        """The office a person is given or held in, when the clause names it with "as": "named X
        as the country's new prime minister", "X, sworn in as Peru's interior minister"."""
        if head.dep_ not in {"dobj", "oprd", "nsubjpass"}:
            return None
        for prep in [*head.head.children, *head.children]:
            if prep.dep_ != "prep" or prep.lower_ != "as":
                continue
            for role in prep.children:
                term = marks.terms.get(role.i)
                if role.dep_ == "pobj" and term is not None and term.kind == "title":
                    found = self.resolve(role, marks)
                    if found is not None and found.country and not found.members:
                        return found
        return None

    def _possessor_state(self, toks: list[Token], marks: SentenceMarks) -> str | None:
        """The state of whoever a person pronoun in the phrase stands for: "his finance minister,
        X" serves his state (not "his counterpart", who serves the other side)."""
        if {t.lower_ for t in toks} & PARTNER_WORDS:
            return None
        owner = next((t for t in toks if t.dep_ == "poss" and t.lower_ in PERSON_PRONOUNS), None)
        if owner is None:
            return None
        if owner.i in self._owners:
            return None
        self._owners.add(owner.i)
        try:
            found = self._antecedent(owner, marks) or self._describe(owner, [owner], marks)
        finally:
            self._owners.discard(owner.i)
        return found.country if found is not None and not found.members else None

    def _unplaced(
        self, head: Token, toks: list[Token], marks: SentenceMarks, text: str, person: str | None, sector: str | None
    ) -> Actor | None:
        """The actor of a phrase no name places: what it describes ("he", "the host nation"); else
        a local group or an official, a body or a crowd takes the state the story places it in
        (:meth:`_home`) or what it describes at a last resort; else
        a person or a body of no known state."""
        if _world_body(head, toks):
            return Actor(text=text, name=person, country=None)  # "the International Biathlon Union"
        described = self._describe(head, toks, marks)
        body = next((BODY_TITLES[w] for t in toks for w in (t.lower_, t.lower_[:-1]) if w in BODY_TITLES), None)
        if described is None and body in self.gaz.non_state_codes:
            return Actor(text=text, name=person, country=body, sector=sector)  # "MEP X", "MEPs": the EU's
        if (
            described is None
            and (sector or head.lemma_.lower() in CROWD_HEADS)
            and head.pos_ != "PRON"
            and sector != "REF"  # refugees are seldom of the place they are in
            and not _of_many_states(toks)
        ):
            # "demonstrators rallied in Tbilisi"; "the opposition vowed to blockade the ministry in Tbilisi"
            home = self._home(head, marks, sector, toks)
            if home is not None:
                return Actor(text=text, name=person, country=home, sector=sector)
            described = self._describe(head, toks, marks, last_resort=True)
        if described is None and body is not None:
            return Actor(text=text, name=person, country=body, sector=sector)  # "Rep. X" that no story places
        if described is None and person and not sector:
            home = self._sole_state(head, toks, marks)
            if home is not None:  # "Winnie Wong" in a story that has named only the US
                self.story_people.add(person)
                return Actor(text=text, name=person, country=home)
        if described is not None:
            described.text = text
            if sector and not described.sector:
                described.sector = sector
            return described
        if person or sector:
            return Actor(text=text, name=person, country=None, sector=sector)
        return None

    def _sector(self, head: Token, toks: list[Token], marks: SentenceMarks) -> str | None:
        own = marks.terms.get(head.i)
        if own is not None and head.lemma_.lower() not in GENERIC_HEADS:
            return own.sector
        for tok in toks:
            if tok.i == head.i:
                continue
            t = marks.terms.get(tok.i)
            if t is not None and t.sector != "GOV":
                return t.sector
        for tok in toks:
            t = marks.terms.get(tok.i)
            if t is not None:
                return t.sector
        return None

    def _person_name(self, head: Token, toks: list[Token], marks: SentenceMarks) -> str | None:
        if head.pos_ != "PROPN" or head.i in marks.terms or head.i in marks.names:
            inside = {t.i for t in toks}  # "her Chief of the Defence Staff Omar Haddad"
            for run in proper_names(sorted(toks, key=lambda t: t.i)):
                run = [t for t in run if t.i in inside and t.i not in marks.names and t.i not in marks.terms]
                if len(run) >= 2 and all(t.ent_type_ in {"PERSON", ""} for t in run):
                    name = " ".join(t.text for t in run)
                    if geo.home(name) is None:  # "New York lawmakers" are of a place, not a person
                        return name
            return None
        parts = [
            t
            for t in toks
            if t.pos_ == "PROPN"
            and t.i not in marks.terms
            and t.i not in marks.names
            and (t.i == head.i or t.dep_ in {"compound", "flat"} and t.head.i == head.i)
        ]
        parts.sort(key=lambda t: t.i)
        # a name is a contiguous run ending at the head
        run = [head]
        for t in reversed([p for p in parts if p.i < head.i]):
            if t.i == run[0].i - 1:
                run.insert(0, t)
        if head.ent_type_ not in {"PERSON", ""} and len(run) < 2:
            return None
        return " ".join(t.text for t in run)

    def _register(self, person: Person) -> None:
        """Known by the full name and by the surname, each also without accents ("Delcy Rodríguez
        ... Rodriguez"); by the family name first where the person's state writes it so; a surname
        after a name particle is remembered so that it is read as no place ("De Lima")."""
        words = person.name.split()
        for spelling in {person.name.lower(), geo.plain(person.name)}:
            self.persons[spelling] = person
            self.persons[spelling.split()[-1]] = person
        last = words[-1].lower()
        prefix = next((p for p in SURNAME_PREFIXES if last.startswith(p) and len(last) > len(p) + 1), None)
        if prefix is not None:  # "Bashar al-Assad ... Assad"
            self.persons.setdefault(last[len(prefix) :], person)
        if person.country in SURNAME_FIRST and 2 <= len(words) <= 3:  # "Wang Yi ... Mr Wang"
            self.persons.setdefault(words[0].lower(), person)
        for i in range(1, len(words) - 1):  # "Leila de Lima ... De Lima": no place's name
            if words[i].lower() in NAME_PARTICLES:
                self.particle_surnames.add(" ".join(words[i:]).lower())

    def _lookup_person(self, name: str) -> Person | None:
        key, last = name.lower(), name.lower().split()[-1]
        for spelling in (key, geo.plain(name)):  # "Rodriguez" for a "Rodríguez" met before
            found = self.persons.get(spelling) or self.persons.get(spelling.split()[-1])
            if found is not None:
                return found
        for known_key, person in self.persons.items():
            if " " in known_key and known_key.split()[-1] == last and _close(known_key, key):
                return person
        hit = self.gaz.fuzzy_person(name, self.year)
        if hit is not None:
            return Person(hit.name, hit.code, hit.sector)
        return None

    def _antecedent(self, head: Token, marks: SentenceMarks) -> Actor | None:
        """The subject before ``head`` in its sentence that its possessive points back to, when
        that subject names a state: "Bosnian Croats said their troops ..."."""
        for tok in reversed(list(head.sent)[: head.i - head.sent.start]):
            if tok.dep_ in {"nsubj", "nsubjpass"} and tok.pos_ in {"NOUN", "PROPN"}:
                found = self.resolve(tok, marks)
                if found is not None and found.country and not found.members:
                    return Actor(text=head.text, name=found.name, country=found.country)
                return None
        return None

    def _own_place(self, head: Token, marks: SentenceMarks, visitor: bool = False) -> str | None:
        """The state where ``head``'s own clause places what it does ("in Serbia", "at a stadium
        in Lusaka", "throughout Ecuador"), not looking into other clauses ("said X ... in Y"). An
        official (``visitor``) may be abroad: placed only in a story about one state so far."""
        # "a judge in Toronto": the place its own phrase names (not "force against people in X")
        own = [o for c in head.children if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS for o in c.children]
        for tok in own + [t for t in _clause(head) if t not in own]:
            if tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS:
                # "an army base in Idlib province" is where it stands, no visit
                abroad = visitor and not (tok.head.head.i == head.i and head.lemma_.lower() in FIXED_HEADS)
                for t in [tok, *tok.children]:
                    m = marks.names.get(t.i)
                    if m is not None and m.entry.kind in HOME_KINDS and m.entry.code not in self.gaz.non_state_codes:
                        return None if abroad and self._other_states(m.entry.code, head, marks) else m.entry.code
                for name in _place_names(tok, marks):  # "clashed in Idlib province": Syria's
                    code = geo.home(name)
                    if code is not None and code not in self.named and self._carries_other(head, marks, code):
                        continue  # "an Indian army base in the town of Uri": not the Swiss canton
                    if code is not None and code not in self.gaz.non_state_codes:
                        return None if abroad and self._other_states(code, head, marks) else code
        return None

    def _carries_other(self, head: Token, marks: SentenceMarks, code: str) -> bool:
        """Does the clause of ``head`` name a state other than ``code`` ("an Indian army base")?"""
        for tok in _clause(head):
            m = marks.names.get(tok.i)
            if m is not None and m.entry.kind in HOME_KINDS and m.entry.code not in self.gaz.non_state_codes:
                if m.entry.code != code:
                    return True
        return False

    def _sentence_state(self, head: Token, marks: SentenceMarks) -> str | None:
        """The one state the sentence names, if it names exactly one and not as another party
        to what ``head`` does: "Chile" in "President X cut short a trip abroad and flew home
        to Chile", "Togolese" in "President X jailed Togolese opposition activists"; not
        "Brazil" in "President X warned of reprisals against Brazil"."""
        doc = head.doc
        codes: set[str] = set()
        for start in {m.start for m in marks.names.values()}:
            m = marks.names[start]
            if m.entry.kind not in HOME_KINDS or m.entry.code in self.gaz.non_state_codes:
                continue
            root = _match_root(doc, m) or doc[m.start]
            if m.entry.kind != "group" and _other_party(root, marks):  # a named group is of the arena
                return None
            if _journey_end(root) is False:  # "flew on to Amman": where one goes, not one's home
                return None
            codes.add(m.entry.code)
        if len(codes) != 1:
            return None
        code = next(iter(codes))
        # in a story about several states, an official's state is not guessed from one sentence
        return None if self._other_states(code, head, marks) else code

    def _arena(self, head: Token, marks: SentenceMarks) -> str | None:
        """The one state a story has named so far, where a local group the sentence does not
        place acts ("the opposition says ..." in a story about Venezuela and the UN); a state
        named as the victims of the actor's own act does not count ("the kidnappers of Chinese
        engineers")."""
        named = self.named_before if head.lemma_.lower() in VICTIM_HEADS else self.named
        if self.placed - named - self.gaz.non_state_codes:
            return None  # a story about France set in Cork: the court may be Ireland's
        if not named and not self.placed:
            # the story's opening, before it names a state: the one it is clearly about
            state = self.ahead
            return state if self._ahead_sure else None
        return self._only_state(named)

    def _home_arena(self, head: Token, marks: SentenceMarks) -> str | None:
        """The one state a story named before this sentence, for an official the sentence names no
        state for at all ("the interior minister", "the government" in a story about France); not
        when the sentence names another state, or a known office holder of another state ("X
        criticised Trump's feud with the media": the media may be Trump's), whose official it
        may be the partner of."""
        if head.i not in marks.terms:
            return None  # "the government", "prosecutors"; not "the party's election manifesto"
        here = {m.entry.code for m in marks.names.values() if m.entry.kind in HOME_KINDS | {"person"}}
        state = self._only_state(self.named_before)
        return state if state is not None and here <= {state} else None

    def _home(self, head: Token, marks: SentenceMarks, sector: str | None, toks: Sequence[Token] = ()) -> str | None:
        """The state a local group or a crowd, which acts at home, or an official or a body of
        the state, which may be abroad, is at home in: the first state these steps find, tried
        in order (a place the actor's own name holds, a partner named with it, its own clause,
        the sentence, a reporter of its sector, the story)."""
        if sector == "JUD":
            court = self._court_named(head, marks)  # "judges at the ICC", "a case before the ICC"
            if court is not None:
                return court
        if sector not in LOCAL_SECTORS and head.lemma_.lower() not in CROWD_HEADS:
            # an official or a body of the state ("the minister", "the government", "soldiers") may be abroad
            found = (
                self._city_of(head, marks)
                or self._place_there(head, marks)  # "floods across Kenya; authorities there ..."
                or self._local_partner(head, marks)  # "the government and the opposition failed to agree"
                or self._own_place(head, marks, visitor=True)  # only in a story of that one state
                or self._sentence_state(head, marks)
                or self._reporter_state(head, marks, sector)
                or self._home_arena(head, marks)  # the one state named before, when the sentence names no other
                or self._story_home(head, marks)  # "the ministry" in a story clearly about one state
                or self._story_person(head, toks, marks, sector)  # "Rep. Maxine Waters" in a story about the US
            )
            # "the government ... with the Somali government": not the state whose own is named apart
            return None if found in _bodies_named_apart(head, marks) else found
        # a local group ("demonstrators", "the opposition", "thousands") acts at home
        return (
            self._city_of(head, marks)  # "Rotterdam police", "Idlib rebels"
            or self._place_there(head, marks)  # "protests spread across Iran; demonstrators there ..."
            or self._government_partner(head, marks)  # "the Malian government and rebel groups"
            or self._own_place(head, marks)  # "demonstrators rallied in Tbilisi"
            or self._sentence_state(head, marks)  # "jailed Togolese opposition activists"
            or self._reporter_state(head, marks, sector)  # "..., according to the Chadian army"
            or self._arena(head, marks)  # the one state the story has named
            or self._story_home(head, marks)  # "police", "the opposition" in a story about one state
            or self._story_person(head, toks, marks, sector)  # "Judge Ana Ruiz" in a story about Spain
        )

    def _court_named(self, head: Token, marks: SentenceMarks) -> str | None:
        """The international court the sentence names as the place of a trial or a bench ("judges
        at the ICC", "a case before the ICC"), whose judges and prosecutors are its own, not the
        story's state's; not a court named as a party ("rejected the ICC's request")."""
        for start in {m.start for m in marks.names.values()}:
            m = marks.names[start]
            if m.entry.kind != "igo" or m.entry.sector != "JUD":
                continue
            doc = head.doc
            root = _match_root(doc, m) or doc[m.start]
            if root.dep_ == "pobj" and root.head.lower_ in COURT_PREPS:
                return m.entry.code
        return None

    def _named_before(self, head: Token, marks: SentenceMarks) -> bool:
        """Does the sentence name a state (or a body, a person) before ``head``?"""
        return any(i < head.i for i in marks.names if i >= head.sent.start)

    def _last_state_before(self, head: Token, marks: SentenceMarks) -> str | None:
        """The state the sentence names last before ``head``, other than that of a subject
        above it ("Germany said that country had broken the deal": not Germany)."""
        speakers = {
            t.i for a in head.ancestors for c in a.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree
        }
        for tok in reversed(list(head.sent)[: head.i - head.sent.start]):
            m = marks.names.get(tok.i)
            if m is None or m.entry.kind not in PLACE_NAME_KINDS or m.entry.code in self.gaz.non_state_codes:
                continue
            if tok.i in speakers:
                return None
            return m.entry.code
        return None

    def _place_there(self, head: Token, marks: SentenceMarks) -> str | None:
        """The state of the place "there" points back to: the last place the sentence set
        something in before ``head`` ("after floods across Kenya, authorities there ...")."""
        if not any(c.dep_ == "advmod" and c.lower_ in THERE_WORDS for c in head.children):
            return None
        for tok in reversed(list(head.sent)[: head.i - head.sent.start]):
            if tok.dep_ != "pobj" or tok.head.lower_ not in LOCATIVE_PREPS:
                continue
            codes = _venue_states(tok, marks) - self.gaz.non_state_codes
            return next(iter(codes)) if len(codes) == 1 else None  # "in Kenya and Uganda": which?
        return None

    def _story_home(self, head: Token, marks: SentenceMarks) -> str | None:
        """The state a story is clearly about (:meth:`main_state`), for a body or an office of a
        home sector the sentence names no state for ("the authorities", "the ministry", "police",
        "the opposition", "prosecutors", "lawmakers"); not when the sentence names another state or
        a person of one, whose body it may be."""
        term = marks.terms.get(head.i)
        if term is None or (head.lemma_.lower() not in STORY_BODIES and term.term.lower() not in STORY_BODIES):
            return None
        return self._story_state(term, marks)

    def _story_person(self, head: Token, toks: Sequence[Token], marks: SentenceMarks, sector: str | None) -> str | None:
        """The state a story is clearly about (:meth:`main_state`), for a person the table does not
        know whose title is an office of a home sector ("Rep. Maxine Waters", "Judge Ana Ruiz",
        "Interior Minister Jan Novak"), under the same conditions as :meth:`_story_home`."""
        if head.pos_ != "PROPN" or head.ent_type_ not in {"PERSON", ""}:
            return None
        if any(t.i in marks.names or t.ent_type_ == "ORG" or (t.is_upper and t.is_alpha and len(t) > 1) for t in toks):
            return None  # "IOC President Thomas Bach" is the IOC's
        titles = [marks.terms[t.i] for t in toks if t.i in marks.terms and t.i < head.i]
        term = next((t for t in titles if t.kind == "title" and t.sector in STORY_SECTORS and t.sector == sector), None)
        state = self._story_state(term, marks) if term is not None else None
        return state if state is not None and self.salience[state] > 1 else None  # not a state named once

    def _ranked_states(self) -> list[tuple[str, int]]:
        """The states the story has named so far (no IGO), most often named first, with their counts."""
        return [(c, n) for c, n in self.salience.most_common() if c not in self.gaz.non_state_codes]

    def _sole_state(self, head: Token, toks: Sequence[Token], marks: SentenceMarks) -> str | None:
        """The one state a story has named, more than once, for a person the table does not know,
        named in full with no title as the subject of a clause ("Winnie Wong praised the panel"), in
        a sentence that names no other state and no organisation: a story about one state is told
        by its people. (Not one who is acted on: "X was arrested" is a civilian held there.)"""
        if head.pos_ != "PROPN" or head.dep_ != "nsubj" or head.head.pos_ != "VERB":
            return None  # "X is a disaster": a thing judged, not a person acting
        if any(t.i in marks.names or (t.is_upper and len(t) > 1) for t in toks):
            return None  # "IOC chief X", "the NAACP's X"
        ranked = self._ranked_states()
        if len(ranked) != 1 or ranked[0][1] < 2 or self.igos:
            return None
        return self._alone_here(ranked[0][0], marks)

    def _story_state(self, term: SectorTerm, marks: SentenceMarks) -> str | None:
        if term.sector == "JUD" and any(m.entry.sector == "JUD" for m in self.igos):
            return None  # "the court" in a story that has named an international court
        state = self.main_state() or self._venue_state()
        return None if state is None else self._alone_here(state, marks)

    def _alone_here(self, state: str, marks: SentenceMarks) -> str | None:
        """``state``, unless the story has set acts in another state it does not name ("a story
        about France set in Cork": the court may be Ireland's) or the sentence names another
        state or a person of one."""
        if self.placed - self.named - self.gaz.non_state_codes - {state}:
            return None
        here = {m.entry.code for m in marks.names.values() if m.entry.kind in HOME_KINDS | {"person"}}
        return state if here - self.gaz.non_state_codes <= {state} else None

    def _named_pair(self, head: Token, marks: SentenceMarks) -> Actor | None | bool:
        """What a bare "both" or "the two" stands for when its sentence has named two people as
        the subject before it ("Smith and Jones could not come, so both of them will write"):
        their state when they share one (False when none is known), both when of two; None when
        the sentence names no such pair."""
        for tok in head.sent:
            if tok.i >= head.i:
                break
            if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.pos_ != "PROPN":
                continue
            people = [tok, *(c for c in tok.children if c.dep_ == "conj" and c.pos_ == "PROPN")]
            if len(people) < 2:
                continue
            found = [a for a in (self.resolve(p, marks) for p in people) if a is not None and a.country]
            states = list(dict.fromkeys(a.country for a in found))
            if not states:
                return False
            if len(states) == 1:
                return Actor(text=head.text, name=self.gaz.country_name(states[0]), country=states[0])
            return Actor(text=head.text, name=None, country=None, members=[_copy(a) for a in found])
        return None

    def _main_state(self) -> str | None:
        """The state the story is about: named more than twice as often as any other so far."""
        ranked = self._ranked_states()
        if not ranked or (len(ranked) > 1 and ranked[0][1] <= MAIN_STATE_RATIO * ranked[1][1]):
            return None
        return ranked[0][0]

    def _venue_state(self) -> str | None:
        """The state named most often so far when it is the only state the story has set acts in
        ("a court in Kuala Lumpur" in a story naming Malaysia and North Korea often): a story of
        two states each named often is about the one where it happens."""
        ranked = self._ranked_states()
        if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
            return None
        return ranked[0][0] if self.venues == {ranked[0][0]} else None

    def main_state(self) -> str | None:
        """The state a story is clearly about, for a body or an act it does not place: the one
        state named so far, one named more than twice as often as any other, or the first state
        named when no other has been named as often; before it names any, the one state of its
        towns, else the one the whole story is about (:meth:`foresee`)."""
        ranked = self._ranked_states()
        if not ranked:
            return self._town_state() or self.ahead
        if len(ranked) == 1 or ranked[0][1] > MAIN_STATE_RATIO * ranked[1][1]:
            return ranked[0][0]
        counts = dict(ranked)
        first = self.first_state
        if first is not None and all(n < counts.get(first, 0) for c, n in ranked if c != first):
            return first
        return None

    def foresee(self, sents: Iterable[Span]) -> None:
        """Give the whole story, to be read ahead for the state it is about by the sentences that
        come before it is named ("Security forces shot the attacker ... France's interior minister
        said")."""
        self._story, self._ahead, self._ahead_read = list(sents), None, False

    @property
    def ahead(self) -> str | None:
        """The state the whole story is about (:meth:`main_state` at its end), read once, and only
        when a sentence needs it: most stories name a state in their first sentence."""
        if not self._ahead_read:
            scout = DocumentActors(self.gaz, self.year)
            scout._ahead_read = True  # the scout itself reads nothing ahead
            scout.datelined = self.datelined
            for sent in self._story:
                scout.note_sentence(sent, scout.marks(sent))
            self._ahead, self._ahead_read = scout.main_state(), True
            places = (scout.placed | scout.venues) - self.gaz.non_state_codes
            mentions = scout.salience[self._ahead] + scout.place_mentions[self._ahead]
            self._ahead_sure = mentions > 1 and places <= {self._ahead}
        return self._ahead

    def _town_state(self) -> str | None:
        """The one state whose towns a story that names no state sets its acts in ("shots in
        Houston", "the Houston police"), named twice at least or as the place of an act: one
        town named once in passing ("taken to Midland hospital") does not make a story's home."""
        state = self._only_state(self.placed | self.venues)
        if state is None or (self.place_mentions[state] < 2 and state not in self.venues):
            return None
        return state

    def _only_state(self, named: set[str]) -> str | None:
        """The state among ``named`` when there is exactly one (organisations aside)."""
        states = named - self.gaz.non_state_codes
        return next(iter(states)) if len(states) == 1 else None

    def _other_states(self, code: str, head: Token, marks: SentenceMarks) -> bool:
        """Has the document named a state other than ``code`` before this sentence, or does the
        clause of ``head`` name one?"""
        before = self.salience - _named_states(head.doc, marks)
        named = set(before) | {marks.names[t.i].entry.code for t in _clause(head) if t.i in marks.names}
        return bool(named - self.gaz.non_state_codes - {code})

    def _describe(
        self, head: Token, toks: list[Token], marks: SentenceMarks, last_resort: bool = False
    ) -> Actor | None:
        lower = head.lower_
        if lower in PERSON_PRONOUNS or lower in THING_PRONOUNS:
            if head.i not in self._pronouns:
                self._pronouns[head.i] = self._pronoun(head, marks)
            found = self._pronouns[head.i]
            if found is None:
                return None
            return Actor(text=head.text, name=found.name, country=found.country, sector=found.sector)
        return self._phrase(head, toks, marks, last_resort)

    def _last_speaker(self, head: Token) -> Actor | None:
        """The person a subject "he" or "she" stands for: the last person who was a subject in
        this sentence or the one before. A pronoun opening a main clause stands for the subject
        of the last sentence's main clause rather than one of its subordinate clauses ("X
        answered Y's remarks, when Y said ... He ridiculed ...": X)."""
        found = None
        for actor, tok, when in reversed(self.speakers):
            if tok.doc is head.doc and tok.i >= head.i:
                continue
            if found is None:
                if self.sentence_no - when > 1:
                    return None
                if when == self.sentence_no or not main_clause(head.head):
                    return actor
                found = (actor, when)
            if when != found[1]:
                break
            if main_clause(tok.head):
                return actor
        return found[0] if found is not None else None

    def _pronoun(self, head: Token, marks: SentenceMarks) -> Actor | None:
        """What a pronoun ("he", "it") stands for."""
        lower = head.lower_
        if lower in PERSON_PRONOUNS:
            ahead = self._fronted_subject(head, marks)  # "Arriving for his talks, the minister said"
            if ahead is not None:
                return ahead
            inside = self._interrupted_subject(head, marks)  # "X, by banning states he dislikes, has ..."
            if inside is not None:
                return inside
            if head.dep_ in {"nsubj", "nsubjpass"} and head.head.dep_ == "advcl":
                main = self._main_subject(head, marks)  # "a man was shot after he stabbed ...": the man
                if main is not None:
                    return main[0]
            if head.dep_ in {"nsubj", "nsubjpass"}:  # "X met Y on Monday. He then said": X
                last = self._last_speaker(head)
                if last is not None:
                    return _copy(last)
            own = self._clause_subject(head, marks)  # "he showed it to him": not himself
            if head.dep_ == "dobj":
                # "X was arrested ... Y said ... A court sentenced him": X, acted on again
                for actor, tok, when in reversed(self.patients):
                    if tok.doc is head.doc and tok.i >= head.i:
                        continue
                    if self.sentence_no - when <= 2 and (own is None or actor.name != own.name):
                        return _copy(actor)
                    break
            for actor in reversed(self.recent):  # the last person, even one of no known state
                if id(actor) in self.people and (own is None or actor.name != own.name):
                    if head.dep_ == "nsubj" and self.sentence_no - self.met.get(id(actor), 0) > PRONOUN_REACH:
                        return None  # "He refuses ...", long after anyone was named: someone unparsed
                    return _copy(actor)
            return None
        if lower in THING_PRONOUNS:
            if head.dep_ in {"nsubj", "nsubjpass"}:  # "Pyongyang defied the UN. It then fired ...": Pyongyang
                for actor, tok, when in reversed(self.subjects):
                    if tok.doc is head.doc and tok.i >= head.i:
                        continue
                    if self.sentence_no - when <= 1 and actor.country:
                        return Actor(text=head.text, name=actor.name, country=actor.country, sector=actor.sector)
                    break  # "the court explained ... it said": not the state named before
            if head.dep_ in {"dobj", "pobj", "dative"}:
                outer = self._outer_subject(head, marks)  # "Seoul says Beijing is punishing it": Seoul
                if outer is not None:
                    return outer
            return self._last(lambda a: a.members == [])
        return None

    def _outer_subject(self, head: Token, marks: SentenceMarks) -> Actor | None:
        """The state an object "it" stands for when a clause its own clause hangs from has a
        state for subject: "Tokyo says Moscow is threatening it" (Tokyo)."""
        own = self._clause_subject(head, marks)
        if own is None or not own.country:
            return None
        verb = head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        while verb.dep_ in {"xcomp", "conj", "advcl", "pcomp", "prep"} and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ not in {"ccomp", "parataxis"} or verb.head.i == verb.i:
            return None
        subject = _subject(verb.head)
        if subject is None or subject.pos_ not in {"NOUN", "PROPN"} or subject.i > head.i:
            return None
        found = self.resolve(subject, marks)
        if found is None or found.members or not found.country or found.country == own.country:
            return None
        return Actor(text=head.text, name=found.name, country=found.country, sector=found.sector)

    def _phrase(self, head: Token, toks: list[Token], marks: SentenceMarks, last_resort: bool) -> Actor | None:
        """What a description ("the latter", "the two sides", "the bloc", "his country") stands for."""
        lemma = head.lemma_.lower()
        lower = head.lower_
        words = {t.lemma_.lower() for t in toks}
        if lemma == "latter" or lemma == "former":
            pool = [a for a in self.recent if a.country]
            if len(pool) >= 2:
                return _copy(pool[-1] if lemma == "latter" else pool[-2])
            return None
        definite = any(t.lower_ in {"the", "both"} for t in toks)
        if lemma in IGO_ANAPHORS and any(t.lower_ in {"the", "this"} for t in toks):
            return self._named_igo(head.text, IGO_DEFAULTS.get(lemma))
        # "the two ministers", "both sides", "their two leaders"; not "two gunmen", some two of many
        pair_words = (
            "both" in words
            or any(t.lower_ == "two" and any(_pair_determiner(d) for d in t.head.children) for t in toks)
            or _all_sides(head, toks)
        )
        group = (  # a bare "they" is the last plural subject (above), never a guess at two states
            (lemma in PLURAL_GROUP and (pair_words or (lemma == "side" and definite and head.tag_ == "NNS")))
            or (pair_words and head.tag_ == "NNS" and head.i in marks.terms)  # "the two ministers"
            or (lemma == "two" and head.dep_ in {"nsubj", "nsubjpass"} and pair_words)
        ) and not any(c.lemma_.lower() in HOME_PARTY_MODIFIERS for c in head.children)
        if lower in GROUP_PRONOUNS:
            crowd = self._group(head, marks)  # "MPs from six states arrived ... They met ..."
            if crowd is not None:
                return crowd
        if group and head.i in marks.terms and marks.terms[head.i].sector in PRIVATE_SECTORS:
            return self._group(head, marks)  # "the two men": the people just named, not two states
        if group and lemma in {"both", "two"}:
            named = self._named_pair(head, marks)  # "X and Y could not come ... when both of them can"
            if named is not None:
                return named or None
        if group:
            titled = head.i in marks.terms and marks.terms[head.i].kind == "title"
            pair = (self._people_pair() if titled else []) or self.pair()  # "the two leaders": the two just met
            if pair:
                return Actor(
                    text=head.text,
                    name=None,
                    country=None,
                    members=[Actor(text=head.text, name=self.gaz.country_name(c), country=c) for c in pair],
                )
            return None
        if lemma in DOCUMENT_HEADS and head.dep_ in {"dobj", "nsubjpass"}:
            issuer = next(
                (c for c in head.head.children if c.dep_ in {"nsubj", "agent"} and c.i != head.i), None
            )  # "the party issued a statement demanding ...": the party's
            if issuer is not None and issuer.dep_ == "agent":
                issuer = next((c for c in issuer.children if c.dep_ == "pobj"), None)
            issued = head.head.lemma_.lower() in ISSUE_VERBS
            if issuer is not None and issuer.pos_ in {"NOUN", "PROPN", "PRON"} and issued:
                found = self.resolve(issuer, marks)
                if found is not None and found.country:
                    return found
        if lemma in DOCUMENT_HEADS and head.dep_ == "pobj" and head.head.lower_ in {"in", "during"}:
            verb = next((a for a in head.head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
            while verb is not None and verb.dep_ in {"xcomp", "acl", "dobj"} and not any(
                c.dep_ == "nsubj" for c in verb.children
            ):
                verb = verb.head  # "announced her plans to hold a vote in a speech": who announced
            speaker = _subject(verb) if verb is not None else None
            if speaker is not None and speaker.pos_ in {"NOUN", "PROPN", "PRON"}:
                # "X said in a statement condemning Y", "announced ... in a speech attacking Y": X's
                found = self.resolve(speaker, marks)
                if found is not None and found.country:
                    return found
        if lemma in THING_CLASSES:
            own = self._clause_maker(head, marks)  # "the statement issued by X", "the plan X unveiled"
            if own is not None:
                return own
        if lemma in THING_CLASSES and words & DEMONSTRATIVES:
            made = self._made(head)  # "Danish officials condemned the statements": the speaker's
            if made is not None:
                return made
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if owner is not None and head.i in marks.terms:
            antecedent = self._antecedent(head, marks)  # "Bosnian Croats said their troops ..."
            if antecedent is not None:
                return antecedent
        if owner is not None and lemma in {"country", "nation", "state", "government", "people"}:
            speaker = self._reporter_of(head, marks)  # "the ministry said his country was opposed"
            if speaker is not None:
                return Actor(text=head.text, name=self.gaz.country_name(speaker.country), country=speaker.country)
            return self._describe(owner, [owner], marks)  # "his country": the speaker's
        if (
            owner is not None
            and owner.lower_ in PERSON_PRONOUNS
            and head.i in marks.terms
            and not words & PARTNER_WORDS
        ):
            # "his administration", "her aides": of whoever "he" or "she" stands for
            found = self._describe(owner, [owner], marks)
            if found is not None and found.country and not found.members:
                return Actor(text=head.text, name=self.gaz.country_name(found.country), country=found.country)
        near = {t.lemma_.lower() for t in toks if _near_head(t, head)}  # not "posts in other countries"
        if near & PARTNER_WORDS and head.tag_ in {"NNS", "NNPS"} and not any(t.dep_ in {"det", "poss"} for t in toks):
            return None  # "asked other countries to help": many states, not the other side
        if lemma in {"country", "nation", "state"} and head.tag_ == "NN":
            pointed = next((c for c in head.children if c.dep_ == "det" and c.lower_ in FAR_DEMONSTRATIVES), None)
            last = self._last_state_before(head, marks) if pointed is not None else None
            if last is not None:  # "closed its border with Somalia, blaming that country"
                return Actor(text=head.text, name=self.gaz.country_name(last), country=last)
        if lemma in NATION_NOUNS and head.tag_ == "NN" and head.dep_ in {"nsubj", "nsubjpass"} and self.last_state:
            bare = sorted(t.lower_ for t in toks) == sorted(["the", head.lower_])  # not "the African nation"
            if bare and not self._named_before(head, marks):
                # "Floods hit Zimbabwe. The country appealed for aid": the state named last
                return Actor(text=head.text, name=self.gaz.country_name(self.last_state), country=self.last_state)
        local = head.i in marks.terms and marks.terms[head.i].sector in LOCAL_SECTORS
        if (near & PARTNER_WORDS and not local) or (
            lemma in {"country", "nation", "state"} and any(t.lower_ == "the" for t in toks)
        ):
            # resolved against the other side; not "the other parties in the race", at home
            return Actor(text=head.text, name="partner", country=None)
        if head.i in marks.terms and any(t.lower_ == "the" for t in toks):
            wanted = _title_words(toks, marks)
            for person in reversed(list({id(p): p for p in self.persons.values()}.values())):
                if person.title & wanted:
                    return Actor(text=head.text, name=person.name, country=person.country, sector=person.sector)
            employer = next(
                (c for c in head.children if c.dep_ == "poss" and c.lemma_.lower() in HOME_BODIES), None
            )
            if employer is not None:  # "the government's chief negotiator": the government's, not an envoy's
                found = self.resolve(employer, marks)
                state = found.country if found is not None else self._home(employer, marks, "GOV")
                state = state or self._main_state()
                return Actor(text=head.text, name=self.gaz.country_name(state), country=state) if state else None
            if head.tag_ == "NN" and last_resort and marks.terms[head.i].sector not in LOCAL_SECTORS:
                # an official of the other side; "the opposition", "the police" are no one's envoys
                return Actor(text=head.text, name="partner", country=None)
        return None

    def _main_subject(self, head: Token, marks: SentenceMarks) -> tuple[Actor | None] | None:
        """The person the subject pronoun of a clause put after its main clause stands for: the
        main clause's own subject, a person named or described before it ("a gunman was shot
        dead after he attacked soldiers": the gunman, even of no known state). None when the main
        clause has no such subject; else that subject's actor (itself maybe None), in a 1-tuple."""
        verb = head.head
        if verb.head.i == verb.i:
            return None
        main = verb.head
        subject = next((c for c in main.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        # "protests called for by X after he published ...": the agent of a passive does the act
        agent = next((o for c in main.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
        if agent is not None and agent.i < head.i and not (subject is not None and _person_like(subject, marks)):
            subject = agent
        if subject is None or subject.i > head.i or subject.pos_ not in {"NOUN", "PROPN"} or _plural(subject):
            return None
        if verb.i < main.i:
            return None  # a clause put first: see _fronted_subject
        mark = marks.names.get(subject.i)
        if mark is not None and mark.entry.kind != "person":
            return None  # "Russia protested after he was expelled": not Russia
        if subject.pos_ == "NOUN" and subject.i not in marks.terms and subject.lemma_.lower() not in PERSON_NOUNS:
            return None  # "the ship sank after he ...": no person
        found = self.resolve(subject, marks)
        if found is not None and found.members:
            return None
        if found is None:
            return (None,)
        return (Actor(text=head.text, name=found.name, country=found.country, sector=found.sector),)

    def _fronted_subject(self, head: Token, marks: SentenceMarks) -> Actor | None:
        """The person a pronoun in a clause or phrase put before its sentence's subject stands
        for: that subject ("Speaking ahead of his meeting with X, Mr Y said": Y's meeting;
        "When she arrived, the minister said": the minister)."""
        top = head
        while top.head.i != top.i and top.head.pos_ not in {"VERB", "AUX"}:
            top = top.head
        verb = top.head
        while verb.dep_ in {"advcl", "prep", "pcomp", "xcomp", "acl"} and verb.head.i != verb.i:
            top, verb = verb, verb.head  # up to the clause the fronted part hangs from
        if top.dep_ not in {"advcl", "prep", "npadvmod", "advmod"} or top.i >= verb.i:
            return None
        if any(not t.is_punct and t.pos_ not in {"CCONJ", "SPACE"} for t in head.sent if t.i < top.left_edge.i):
            return None  # "X has said so, and if he calls, Y will ask": put first in its sentence only
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or subject.pos_ not in {"NOUN", "PROPN"} or subject.i < top.i or _plural(subject):
            return None
        if any(t.i >= subject.i for t in top.subtree) or head.i > subject.i:
            return None
        if any(t.pos_ == "PROPN" and t.i < head.i for t in top.subtree):
            return None  # "Asked whether Lopez should have declared his trips, X said": Lopez's
        found = self.resolve(subject, marks)
        person = subject.pos_ == "PROPN" or (subject.i in marks.terms and marks.terms[subject.i].kind == "title")
        if found is None or found.members or not person or not found.country:
            return None
        return Actor(text=head.text, name=found.name, country=found.country, sector=found.sector)

    def _interrupted_subject(self, head: Token, marks: SentenceMarks) -> Actor | None:
        """The person a subject pronoun stands for in a phrase set between its sentence's subject
        and main verb: that subject ("The minister, by naming the states whose envoys he had
        expelled, signalled ...": the minister), unless the pronoun's clause describes the subject
        itself ("X, whom he met twice, said") or a person is named in between."""
        if head.dep_ not in {"nsubj", "nsubjpass"}:
            return None
        main = head.sent.root
        subject = next((c for c in main.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or not subject.i < head.i < main.i:
            return None
        named = marks.names.get(subject.i)
        if subject.pos_ != "PROPN" and (named is None or named.entry.kind != "person"):
            return None  # a person's name ("Trump", whatever tag the model gave it)
        if main not in head.ancestors or head.head.dep_ not in {"relcl", "advcl", "pcomp", "acl"}:
            return None
        own = {t.i for t in subject.subtree}
        between = [t for t in head.doc[subject.i + 1 : head.i] if t.i not in own]
        if head.head.head == subject or any(
            t.lower_ in PERSON_PRONOUNS
            or (t.i in marks.names and marks.names[t.i].entry.kind == "person")
            or (t.pos_ == "PROPN" and t.i not in marks.names and t.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"})
            for t in between
        ):
            return None  # "X, whom he met", "X, after Y said he would ...": not X
        found = self.resolve(subject, marks)
        if found is None or found.members or not found.country:
            return None
        return Actor(text=head.text, name=found.name, country=found.country, sector=found.sector)

    def _reporter_of(self, head: Token, marks: SentenceMarks) -> Actor | None:
        """Who reports the clause ``head`` is the subject of, when that is a state's actor: "X said
        (that) his country ...", "his country will not yield, X said"."""
        if head.dep_ not in {"nsubj", "nsubjpass"}:
            return None
        verb = head.head
        if verb.dep_ not in {"ccomp", "parataxis"} or verb.head.i == verb.i:
            return None
        reporter = _subject(verb.head)
        if reporter is None or reporter.pos_ not in {"NOUN", "PROPN"}:
            return None
        found = self.resolve(reporter, marks)
        if found is None or found.members or not found.country or found.country in self.gaz.non_state_codes:
            return None
        return found

    def _clause_subject(self, head: Token, marks: SentenceMarks) -> Actor | None:
        """What the subject of the clause an object pronoun stands in resolves to."""
        if head.dep_ not in {"dobj", "pobj", "dative"}:
            return None
        verb = head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        subject = _subject(verb)
        if subject is None or subject.i == head.i:
            return None
        return self.resolve(subject, marks)

    def _group(self, head: Token, marks: SentenceMarks) -> Actor | None:
        """The plural subject "they" points back to: the last one before it, in this sentence or
        the two before, that is not the subject of the pronoun's own clause."""
        own = self._clause_subject(head, marks)
        for actor, tok, when in reversed(self.groups):
            if self.sentence_no - when > 2:
                return None
            if tok.doc is head.doc and tok.i >= head.i:
                continue
            if own is not None and own.country == actor.country and own.name == actor.name:
                continue
            if actor.members:
                return Actor(text=head.text, name=None, country=None, members=[_copy(m) for m in actor.members])
            return Actor(text=head.text, name=actor.name, country=actor.country, sector=actor.sector)
        return None

    def _named_igo(self, text: str, usual: str | None) -> Actor | None:
        """The organisation "the bloc" or "the alliance" stands for: the usual one when the
        document has named it, else the last one it named, else the usual one."""
        named = {m.entry.code: m.entry for m in self.igos}
        if usual in named:
            return Actor(text=text, name=named[usual].name, country=usual, sector=named[usual].sector)
        if self.igos:
            entry = self.igos[-1].entry
            return Actor(text=text, name=entry.name, country=entry.code, sector=entry.sector)
        if usual:
            return Actor(text=text, name=usual, country=usual)
        return None

    def _last(self, pred: object) -> Actor | None:
        for actor in reversed(self.recent):
            if actor.country and pred(actor):  # type: ignore[operator]
                return _copy(actor)
        return None

    def pair(self) -> list[str]:
        """The two states the document is most about so far."""
        return [c for c, _ in self.salience.most_common(2)] if len(self.salience) >= 2 else []

    def speaker(self, name: str) -> Actor | None:
        """The person a quotation's speaker names, when the document knows them ("Merkel"), or
        whom "he" or "she" points back to: the last person who was a subject in the sentences
        before the one at hand ('X spoke on Friday. "We will not wait. ...," he said')."""
        if name.strip().lower() in SPEAKER_PRONOUNS:
            before = [a for a, _, when in self.speakers if self.sentence_no - SPEAKER_REACH <= when < self.sentence_no]
            return _copy(before[-1]) if before and before[-1].country else None
        known = self._lookup_person(name) if name.strip() else None
        if known is None or not known.country:
            return None
        return Actor(text=name, name=known.name, country=known.country, sector=known.sector)

    def _people_pair(self) -> list[str]:
        """The states of the last two people of two states the document named in its last few
        sentences ("talks between May and Netanyahu ... the two leaders agreed"), else none."""
        states: list[str] = []
        for a in reversed(self.recent):
            if self.sentence_no - self.met.get(id(a), -PAIR_SENTENCES) > PAIR_SENTENCES:
                break
            if id(a) in self.people and a.country and a.country not in states:
                states.append(a.country)
                if len(states) == 2:
                    return states
        return []

    def salient(self, exclude: set[str | None] = frozenset()) -> list[str]:  # type: ignore[assignment]
        """States by how often the document has named them so far, most first."""
        return [c for c, _ in self.salience.most_common() if c not in exclude]

    def partner_of(self, country: str | None) -> str | None:
        pair = self.pair()
        if country in pair:
            other = pair[1] if pair[0] == country else pair[0]
            return other if other != country else None
        return None

    def remember(self, actor: Actor | None, person: bool = False) -> None:
        if actor is None:
            return
        for a in actor.members or [actor]:
            if a.country or person:
                self.recent.append(a)
                self.met[id(a)] = self.sentence_no
                named = a.name and a.name != self.gaz.country_name(a.country) and " " in a.name
                if person or (named and a.name.lower() not in self.gaz.body_names):  # not "European Union"
                    self.people.add(id(a))


def _named_states(doc: Doc, marks: SentenceMarks) -> Counter[str]:
    """The states (and IGOs) a sentence names, each mention once; a state named only as the
    venue ("in Baku") does not count."""
    counts: Counter[str] = Counter()
    for start in {m.start for m in marks.names.values()}:
        m = marks.names[start]
        tok = doc[m.start]
        venue = m.entry.kind in {"capital", "country"} and tok.dep_ == "pobj" and tok.head.lower_ in {"in", "at"}
        venue = venue or spoken_to_outlet(doc[m.end - 1], marks)  # "told Al Jazeera": no party to the story
        if m.entry.kind in {"country", "adjective", "people", "capital", "seat", "region", "igo"} and not venue:
            counts[m.entry.code] += 1
    return counts


def _match_root(doc: Doc, match: Match) -> Token | None:
    """The word of a name whose head lies outside it (none when the name holds its sentence's root)."""
    return next((t for t in doc[match.start : match.end] if not match.start <= t.head.i < match.end), None)


def _placed_by(head: Token, match: Match) -> bool:
    """Is a name below ``head`` the place of what it names ("protests in Nairobi")?"""
    return not match.start <= head.i < match.end and _located(head.doc, match)


def _located(doc: Doc, match: Match) -> bool:
    """Does this name place something ("in Vienna", "throughout Syria") rather than own it?"""
    if match.entry.kind not in {"country", "capital", "region"}:
        return False
    root = _match_root(doc, match) or doc[match.start]
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS


def _leads(tok: Token, match: Match, marks: SentenceMarks) -> bool:
    """Is ``tok`` a title or a role of the group ``match`` names ("the leader of X", "an X
    lawmaker")?"""
    term = marks.terms.get(tok.i)
    if term is None or term.kind not in {"title", "role"} or match.start <= tok.i < match.end:
        return False
    return any(match.start <= t.i < match.end for t in tok.subtree)


def _seat_scene(head: Token, toks: Sequence[Token], match: Match, marks: SentenceMarks) -> bool:
    """Does a seat's name only tell where the phrase's person acted: its own noun a term of no
    body of the state ("the Westminster attacker"), or an attacker's before a name ("Westminster
    attacker Khalid X"; not "NSA contractor X", who worked for it)?"""
    own = marks.terms.get(head.i)
    if own is not None:
        return own.sector not in STATE_BODIES
    described = [marks.terms[t.i] for t in toks if t.i in marks.terms and not match.start <= t.i < match.end]
    return any(term.sector == ATTACKER_SECTOR for term in described)


def _critic_of(toks: list[Token], match: Match) -> bool:
    """Does ``match`` name what a critic in the phrase opposes ("Kremlin critic X", "a Putin
    opponent", "the president's fiercest critic")?"""
    for tok in toks:
        if tok.lemma_.lower() not in CRITIC_HEADS or match.start <= tok.i < match.end:
            continue
        for child in tok.children:
            if child.dep_ in {"compound", "poss"} and match.start <= child.i < match.end:
                return True
            if child.dep_ in {"compound", "poss"} and any(match.start <= t.i < match.end for t in child.subtree):
                return True
    return False


def negated_name(tok: Token) -> bool:
    """Is the name written with "non-" before it ("non-US", "non-EU")?"""
    doc = tok.doc
    if tok.i >= 1 and doc[tok.i - 1].lower_ == "non-":
        return True
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "non"


def _allies_of(head: Token, match: Match | None) -> bool:
    """Is ``head`` "allies" or "proxies" of the state that modifies it ("US allies", "Iranian
    proxies")? They are other parties, of no state named; an organisation's allies are its members
    ("NATO allies")."""
    if match is None or head.lemma_.lower() not in ALLY_HEADS or match.entry.kind not in PLACE_NAME_KINDS:
        return False
    return head.doc[match.end - 1].head.i == head.i and head.doc[match.end - 1].dep_ in {"compound", "amod", "nmod"}


def _pair_determiner(tok: Token) -> bool:
    """A determiner that makes "two" a known pair ("the two", "their two")."""
    return tok.dep_ in {"det", "poss"} and tok.lower_ in PAIR_DETERMINERS


def _verbal(tok: Token) -> bool:
    """Is this participle the verb of a clause ("Israel-built 500 homes", a hyphen for a space),
    not a modifier ("a Chinese-made drone")?"""
    return tok.dep_ == "ROOT" or any(c.dep_ in {"nsubj", "nsubjpass", "dobj"} for c in tok.children)


def marked(tok: Token, marks: SentenceMarks) -> bool:
    """Is the word part of a gazetteer name or a sector term?"""
    return tok.i in marks.names or tok.i in marks.terms


def _person_like(tok: Token, marks: SentenceMarks) -> bool:
    """Could the word be a person: a proper name, a title or role, or a noun for people?"""
    return tok.pos_ == "PROPN" or tok.i in marks.terms or tok.lemma_.lower() in PERSON_NOUNS


def _near_head(tok: Token, head: Token) -> bool:
    """Is the word of the phrase itself, not of a place or purpose it names? "the other side",
    "the leader of the host nation"; not "candidates for posts in other countries"."""
    return all(p.lower_ == "of" for p in preps_up_to(tok, head))


def preps_up_to(tok: Token, head: Token) -> Iterator[Token]:
    """The prepositions on the way from ``tok`` up to ``head`` (``head`` itself left out)."""
    while tok.i != head.i and tok.head.i != tok.i:
        if tok.dep_ == "prep":
            yield tok
        tok = tok.head


def _negated(verb: Token) -> bool:
    """Does ``verb`` carry its own negation: "did not accuse", "never blamed"?"""
    return any(c.dep_ == "neg" for c in verb.children)


def _plural(tok: Token) -> bool:
    """A plural noun, "MPs" and "NGOs" included."""
    text = tok.text
    return tok.tag_ in {"NNS", "NNPS"} or (len(text) > 2 and text.endswith("s") and text[:-1].isupper())


def _former_colony(head: Token, toks: list[Token], found: _Reading) -> bool:
    """"the former British colony", "a former French protectorate": a state's adjective that
    names who once ruled the place, not whose it is."""
    if found.kind != "adjective" or head.lemma_.lower() not in COLONY_HEADS or found.match is None:
        return False
    adjective = head.doc[found.match.end - 1]
    return adjective.head.i == head.i and any(t.lower_ == "former" and t.head.i == head.i for t in toks)


def _all_sides(head: Token, toks: list[Token]) -> bool:
    """"urged all parties to show restraint", "all sides concerned": the sides of the story's
    dispute, not political parties (not "all parties in parliament", "all political parties")."""
    if head.lemma_.lower() not in ALL_SIDES_HEADS or head.tag_ != "NNS":
        return False
    if not any(c.lower_ == "all" and c.dep_ in {"det", "predet", "amod"} for c in head.children):
        return False
    own = {head.i, *(c.i for c in head.children if c.lower_ == "all" or c.lemma_.lower() in ALL_SIDES_MODIFIERS)}
    return all(t.i in own or t.dep_ in {"det", "punct"} for t in toks)


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb it is subordinate to when it has none of its own
    ("X promised revenge after claiming ...": X claimed)."""
    while True:
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None or verb.dep_ not in {"conj", "xcomp", "advcl", "pcomp"} or verb.head.i == verb.i:
            return subject
        verb = verb.head if verb.head.pos_ in {"VERB", "AUX"} else verb.head.head


def _reporting_subject(pronoun: Token) -> Token | None:
    """Who says what a pronoun subject does, when it stands for the speaker: "the council said
    it will hold talks", "the rebels said they would sign": the council, the rebels."""
    verb = pronoun.head
    while verb.dep_ in {"xcomp", "conj"} and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ not in {"ccomp", "parataxis"} or verb.head.i == verb.i:
        return None
    if verb.head.lemma_.lower() not in SPEECH_VERBS:
        return None
    return _subject(verb.head)


def _clause(head: Token) -> list[Token]:
    """The words of the clause ``head`` acts in, breadth first from its verb, leaving out other
    clauses and the other subjects ("X, the spokesman for Y said" is not X's clause)."""
    verb = head
    while verb.dep_ != "ROOT" and verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    out: list[Token] = []
    queue = [c for c in verb.children if c.dep_ not in CLAUSE_DEPS]
    while queue:
        tok = queue.pop(0)
        out.append(tok)
        queue.extend(c for c in tok.children if c.dep_ not in CLAUSE_DEPS)
    return out


def _venue_states(tok: Token, marks: SentenceMarks) -> set[str]:
    """The states a place phrase ("in Syria", "at a hospital in Aleppo") sets something in."""
    codes = {m.entry.code for t in [tok, *tok.children] if (m := marks.names.get(t.i)) and m.entry.kind in HOME_KINDS}
    homes = {geo.home(name) for name in _place_names(tok, marks)}
    return codes | {c for c in homes if c is not None}


def _place_names(tok: Token, marks: SentenceMarks) -> list[str]:
    """The names a place phrase gives that the gazetteer does not know: "Idlib", "Ras Lanuf",
    "Zamfara" of "Zamfara state", "Aleppo" of "the city of Aleppo"."""
    out = []
    heads = [tok]
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in PLACE_NOUNS:
        heads = [c for c in tok.children if c.dep_ in {"compound", "amod"}]
        heads += [
            g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
        ]
    for h in heads:
        if h.pos_ != "PROPN" or marked(h, marks):
            continue
        run = [h]
        while run[0].i > 0:
            prev = h.doc[run[0].i - 1]
            if prev.pos_ != "PROPN" or prev.dep_ != "compound" or prev.head.i != h.i or marked(prev, marks):
                break
            run.insert(0, prev)
        out.append(" ".join(t.text for t in run))
    return out


def _allegiance(tok: Token, prep: Token, head: Token) -> bool:
    """Does ``prep`` name whom the phrase of ``head`` serves: "forces loyal to X", "troops
    answering to X" (the adjective right on the head)?"""
    return tok.head.i == head.i and tok.dep_ in {"amod", "acl"} and prep.lower_ in ALLEGIANCE_PREPS.get(tok.lower_, ())


def _serves(head: Token, match: Match) -> bool:
    """Is the name the one whom the phrase of ``head`` serves ("forces loyal to X")?"""
    tok = head.doc[match.end - 1]
    prep = tok.head
    return tok.dep_ == "pobj" and _allegiance(prep.head, prep, head)


def _newspaper(tokens: list[Token], m: Match) -> bool:
    """Is this place's name part of a newspaper's name: followed by a capitalised newspaper word
    ("the Kenya Times", "China Daily") or after "Times of" ("the Times of India")?"""
    after = tokens[m.end] if m.end < len(tokens) else None
    if after is not None and after.text[:1].isupper() and after.lower_ in OUTLET_WORDS:
        return True
    before = [t.text for t in tokens[max(0, m.start - 2) : m.start]]
    return len(before) == 2 and before[1] == "of" and before[0][:1].isupper() and before[0].lower() in OUTLET_WORDS


def spoken_to_outlet(tok: Token, marks: SentenceMarks) -> bool:
    """Is ``tok`` a news outlet that is only told something: the object of "told", "spoke to",
    "said in an interview with"? An outlet spoken to is a medium, not a party."""
    m = marks.names.get(tok.i)
    if m is None or m.entry.sector != "JRN" or m.entry.kind not in {"seat", "group"}:
        return False
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in {"to", "with"}:
        head = head.head
        if head.lemma_.lower() == "interview":  # "in an interview with X"
            return True
    elif tok.dep_ not in {"dobj", "dative"}:
        return False
    return head.pos_ in {"VERB", "AUX"} and head.lemma_.lower() in MEDIUM_VERBS


def _of_many_states(toks: list[Token]) -> bool:
    """Does the phrase say its people come from several states ("ministers from 20 countries")?"""
    return any(t.tag_ in {"NNS", "NNPS"} and t.lemma_.lower() in STATE_NOUNS for t in toks[1:])


def _ethnic(doc: Doc, match: Match) -> bool:
    """Is this people named as an ethnic group ("ethnic Greeks", "ethnic Turkish villagers",
    "the Greek minority")?"""
    if match.start > 0 and doc[match.start - 1].lower_ == "ethnic":
        return True
    tok = doc[match.end - 1]
    return tok.dep_ in {"amod", "compound"} and tok.head.lemma_.lower() in COMMUNITY_HEADS


def _national_body(doc: Doc, body: Match, names: dict[int, Match]) -> bool:
    """Does a state's adjective or possessive modify this organisation's name from outside it
    ("the Ukrainian Security Council", "Kenya's National Security Council": the state's own)?"""
    for i in range(body.start, body.end):
        for child in doc[i].children:
            m = names.get(child.i)
            if m is None or m == body or m.entry.kind not in {"country", "adjective", "capital"}:
                continue
            if child.dep_ in {"amod", "compound", "poss", "nmod"}:
                return True
    return False


def _world_body(head: Token, toks: list[Token]) -> bool:
    """Is the phrase the proper name of a body of no one state: "the International Biathlon
    Union", "the World Boxing Council" (a federation, not a trade union at home)?"""
    return head.pos_ == "PROPN" and any(
        t.i < head.i and t.dep_ == "compound" and t.text.istitle() and t.lower_ in WORLD_WORDS for t in toks
    )


def _given_name(first: Token, head: Token, marks: SentenceMarks) -> bool:
    """Is ``first`` a given name of the person ``head`` names: proper nouns only up to the
    surname, with no title between ("Mary McCord"; not "Idlib Governor X")?"""
    between = first.doc[first.i : head.i + 1]
    return all(t.pos_ == "PROPN" and t.i not in marks.terms and t.i not in marks.names for t in between)


def _other_party(tok: Token, marks: SentenceMarks) -> bool:
    """Does this state name stand for a party of its own in the clause (a subject, an object,
    "against X", "with X"), rather than describe or place someone ("Chilean", "in Chile")?"""
    while tok.dep_ in {"amod", "compound", "poss", "nmod", "case"} and tok.head.i != tok.i:
        tok = tok.head  # "with their Bolivian colleagues": the phrase "Bolivian" modifies
    if tok.dep_ in {"nsubj", "nsubjpass", "dobj", "dative", "conj", "appos", "attr", "ROOT"}:
        return tok.pos_ == "PROPN"  # "criticised Russia"; not "jailed Togolese activists"
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    noun = prep.head
    relation = RELATION_PREPS.get(noun.lemma_.lower(), frozenset()) | RELATION_PREPS.get(noun.lower_, frozenset())
    if prep.lower_ in relation and (prep.lower_ != "to" or "with" in relation):
        # "talks with Chinese envoys", "the senator's ties to Chinese firms": the other party;
        # not "his pledge to the Chilean people" (below)
        return True
    if prep.lower_ == "to":  # "a welcome to the Chilean leader"; not "his pledge to the Chilean people"
        person = tok.pos_ == "PROPN" or (tok.i in marks.terms and marks.terms[tok.i].kind == "title")
        return person and prep.head.lemma_.lower() not in MOTION_VERBS  # "returning to X" goes there
    if prep.lower_ == "of" and prep.head.lemma_.lower() in VICTIM_HEADS:
        return True  # "the kidnappers of Chinese engineers": the victims are a party
    return prep.lower_ in PARTY_PREPS


def _place_phrase(head: Token, marks: SentenceMarks) -> bool:
    """Does this proper name stand for a place, not a person: where something happens ("in X"),
    where a motion or a route ends ("flew on to X", "on his way back to X"), or a place with its
    state after it ("Aqaba, Jordan")?"""
    if any(t.i in marks.terms for t in [head, *head.children]):
        return False  # "Minister X", "X, the foreign minister"
    for child in head.children:  # "Aqaba, Jordan": a place and the state it lies in
        m = marks.names.get(child.i)
        if (
            child.dep_ in {"appos", "npadvmod"}
            and m is not None
            and m.entry.kind in {"country", "region"}
            and not any(c.dep_ not in {"punct", "det", "compound"} for c in child.children)
        ):
            return True
    if head.dep_ != "pobj":
        return False
    prep = head.head
    if prep.lower_ in LOCATIVE_PREPS:
        return True
    return _journey_end(head) is not None


def destinations(goer: Token) -> list[Token]:
    """Where a motion or a route ends, not homeward: "headed to X", "his trip to X"; not
    "returned to X", "flew home to X"."""
    return [
        o
        for c in goer.children
        if c.dep_ == "prep" and c.lower_ in DESTINATION_PREPS
        for o in c.children
        if o.dep_ == "pobj" and _journey_end(o) is False
    ]


def _journey_end(tok: Token) -> bool | None:
    """Is this name where a motion or a route ends ("flew on to X", "on his way back to X",
    "Amman, Jordan" after "flew to"), and if so, does the motion go home ("flew home to X",
    "returned to X")? None when it names no destination."""
    while tok.dep_ in {"appos", "npadvmod", "conj", "compound"} and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ not in DESTINATION_PREPS:
        return None
    goer = tok.head.head
    homeward = False
    while goer.pos_ == "ADV" and goer.head.i != goer.i:  # "way back to X", "flew on to X"
        homeward = homeward or goer.lower_ in HOMEWARD_WORDS
        goer = goer.head
    lemma = goer.lemma_.lower()
    homeward = homeward or lemma in HOMEWARD_WORDS or any(c.lower_ in HOMEWARD_WORDS for c in goer.children)
    if goer.pos_ == "NOUN":
        return homeward if lemma in ROUTE_NOUNS else None
    # "sent a letter to X": a verb with an object may take a recipient
    if lemma in MOTION_VERBS and not any(c.dep_ == "dobj" for c in goer.children):
        return homeward
    return None


def _title_words(toks: list[Token], marks: SentenceMarks) -> set[str]:
    words = {TITLE_SYNONYMS.get(t.lower_, t.lower_) for t in toks if t.i in marks.terms}
    return words - GENERIC_TITLE_WORDS


def _office_words(office: str | None) -> set[str]:
    """The words of an office ("foreign minister") as title words are compared."""
    words = {TITLE_SYNONYMS.get(w, w) for w in (office or "").lower().replace("-", " ").split()}
    return words - GENERIC_TITLE_WORDS - {"of", "the", "for", "and"}


def _copy(actor: Actor) -> Actor:
    return Actor(text=actor.text, name=actor.name, country=actor.country, sector=actor.sector)


def _phrase_text(head: Token, toks: list[Token]) -> str:
    idx = sorted(t.i for t in toks)
    lo, hi = idx[0], idx[-1]
    span = head.doc[lo : hi + 1]
    return span.text.strip(" ,")


def _close(a: str, b: str) -> bool:
    """Within two edits (a misspelled repeat of a known name)."""
    return abs(len(a) - len(b)) <= 2 and edit_distance(a, b) <= 2
