"""Consistency checks for the actor gazetteer and the sector lexicon."""

import csv
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest

DATA_DIR = Path(__file__).resolve().parents[2] / "src" / "stormpetrel" / "data"
ACTORS = DATA_DIR / "actors.tsv"
SECTORS = DATA_DIR / "sectors.tsv"

ACTOR_HEADER = ["alias", "code", "sector", "kind"]
SECTOR_HEADER = ["term", "sector", "kind"]

PLOVER_SECTORS = {
    "COP",
    "GOV",
    "JUD",
    "LEG",
    "MIL",
    "PRM",
    "PTY",
    "REB",
    "SPY",
    "UAF",
    "UNK",
    "AGR",
    "BUS",
    "CRM",
    "CVL",
    "EDU",
    "ELI",
    "JRN",
    "LAB",
    "MED",
    "REF",
    "OPP",
    "PRE",
    "REL",
    "SOC",
}
ACTOR_KINDS = {
    "country",
    "adjective",
    "people",
    "capital",
    "seat",
    "igo",
    "group",
    "region",
    "none",  # "South America": holds a state's name, stands for no one
}
SECTOR_KINDS = {"title", "body", "role"}

# Codes that are not ISO 3166-1 alpha-3: Kosovo, international organisations,
# the generic IGO code, transnational militant groups (IMG) and international
# non-governmental organisations (NGO); "-" for names that stand for no one.
NON_ISO_CODES = {
    "-",
    "KOS",
    "UN",
    "EU",
    "NATO",
    "AU",
    "ASEAN",
    "OPEC",
    "LAS",
    "OSCE",
    "CSTO",
    "SCO",
    "GCC",
    "ECOWAS",
    "OIC",
    "IAEA",
    "IMF",
    "WB",
    "WTO",
    "WHO",
    "ICC",
    "IGO",
    "IMG",
    "NGO",
}

# ISO 3166-1 entries that are not UN member states (dependencies, disputed or
# observer entities, uninhabited territories).
NON_UN_MEMBERS = {
    "ABW",
    "AIA",
    "ALA",
    "ASM",
    "ATA",
    "ATF",
    "BES",
    "BLM",
    "BMU",
    "BVT",
    "CCK",
    "COK",
    "CUW",
    "CXR",
    "CYM",
    "ESH",
    "FLK",
    "FRO",
    "GGY",
    "GIB",
    "GLP",
    "GRL",
    "GUF",
    "GUM",
    "HKG",
    "HMD",
    "IMN",
    "IOT",
    "JEY",
    "MAC",
    "MAF",
    "MNP",
    "MSR",
    "MTQ",
    "MYT",
    "NCL",
    "NFK",
    "NIU",
    "PCN",
    "PRI",
    "PSE",
    "PYF",
    "REU",
    "SGS",
    "SHN",
    "SJM",
    "SPM",
    "SXM",
    "TCA",
    "TKL",
    "TWN",
    "UMI",
    "VAT",
    "VGB",
    "VIR",
    "WLF",
}

# Member states whose capital is deliberately left out because its name is a
# common given name (Sofia, Victoria).
# capitals left out: Sofia and Victoria are common given names; Brussels stands for the EU in news
NO_CAPITAL_ROW = {"BGR", "SYC", "BEL"}


def read_tsv(path):
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.fixture(scope="module")
def actor_rows():
    return read_tsv(ACTORS)


@pytest.fixture(scope="module")
def sector_rows():
    return read_tsv(SECTORS)


@pytest.fixture(scope="module")
def actors(actor_rows):
    return [dict(zip(ACTOR_HEADER, row, strict=False)) for row in actor_rows[1:]]


@pytest.fixture(scope="module")
def sectors(sector_rows):
    return [dict(zip(SECTOR_HEADER, row, strict=False)) for row in sector_rows[1:]]


def un_members():
    return {c.alpha_3 for c in pycountry.countries} - NON_UN_MEMBERS


def test_un_member_list_has_193_states():
    assert len(un_members()) == 193


@pytest.mark.parametrize(("path", "header"), [(ACTORS, ACTOR_HEADER), (SECTORS, SECTOR_HEADER)])
def test_first_line_is_header(path, header):
    with path.open(encoding="utf-8") as handle:
        assert handle.readline().rstrip("\n").split("\t") == header


def test_actor_header_and_columns(actor_rows):
    assert actor_rows[0] == ACTOR_HEADER
    for number, row in enumerate(actor_rows[1:], start=2):
        assert len(row) == len(ACTOR_HEADER), (number, row)
        assert row[0] and row[0] == row[0].strip(), (number, row)


def test_sector_header_and_columns(sector_rows):
    assert sector_rows[0] == SECTOR_HEADER
    for number, row in enumerate(sector_rows[1:], start=2):
        assert len(row) == len(SECTOR_HEADER), (number, row)
        assert row[0] and row[0] == row[0].strip(), (number, row)


def test_actor_codes_are_known(actors):
    iso = {c.alpha_3 for c in pycountry.countries}
    # "GBR|NZL": a name several states' bodies bear; "*GBR|CAN": GBR's unless the text names CAN
    bad = [a for a in actors if not {c.lstrip("*") for c in a["code"].split("|")} <= iso | NON_ISO_CODES]
    assert not bad


def test_actor_sectors_are_plover_or_empty(actors):
    bad = [a for a in actors if a["sector"] and a["sector"] not in PLOVER_SECTORS]
    assert not bad


def test_actor_kinds_are_known(actors):
    assert not [a for a in actors if a["kind"] not in ACTOR_KINDS]


def test_aliases_have_no_leading_article(actors):
    assert not [a for a in actors if a["alias"].lower().startswith("the ")]


def test_every_un_member_has_country_row(actors):
    have = {a["code"] for a in actors if a["kind"] == "country"}
    assert not sorted(un_members() - have)


def test_every_un_member_has_capital_row(actors):
    have = {a["code"] for a in actors if a["kind"] == "capital"}
    assert not sorted(un_members() - NO_CAPITAL_ROW - have)


def test_alias_has_one_code_per_kind(actors):
    codes = defaultdict(set)
    for a in actors:
        codes[(a["alias"].casefold(), a["kind"])].add(a["code"])
    clashes = {key: value for key, value in codes.items() if len(value) > 1}
    assert not clashes


def test_no_duplicate_actor_rows(actor_rows):
    rows = [tuple(row) for row in actor_rows[1:]]
    assert len(rows) == len(set(rows))


def test_sector_terms_are_lowercase(sectors):
    assert not [s["term"] for s in sectors if s["term"] != s["term"].lower()]


def test_sector_codes_and_kinds(sectors):
    assert not [s for s in sectors if s["sector"] not in PLOVER_SECTORS]
    assert not [s for s in sectors if s["kind"] not in SECTOR_KINDS]


def test_no_duplicate_sector_terms(sectors):
    terms = [s["term"] for s in sectors]
    assert len(terms) == len(set(terms))
