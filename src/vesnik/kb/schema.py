"""The entries of the actor knowledge base: one schema for the source files
(`src/vesnik/kb/sources/**/*.yaml`) and for the compiled `kb.json.gz`.

Ids are `<type>:<slug>`: the type in lower case (per, org, gpe, loc) and the slug of the
English name (`per:vladimir-putin`, `org:nato`); countries use their code (`gpe:RUS`,
`gpe:KOS`); a namespace may stand between (`gpe:city:moscow` for cities, `org:mkd:government`
for the institutions of one country).

Country codes are ISO 3166-1 alpha-3, PLOVER's `KOS` for Kosovo, or one of PLOVER's
non-state codes (`IGO`, `UNO`, `EUR`, `NGO`, `ISM`, `IMG`, `MNC`). Sectors are PLOVER's
sector codes, plus the non-state codes where an organisation is itself one (`IGO`, `NGO`).
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from vesnik.text.translit import to_latin

ActorType = Literal["PER", "ORG", "GPE", "LOC"]
FormKind = Literal["name", "alias", "acronym", "demonym", "capital", "anaphor"]

NON_STATE_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})
SECTORS = frozenset({
    "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK",
    "AGR", "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC",
    "IGO", "NGO", "MNC",
})
# what a state's organ of a sector is called in English (`руската армија` → "Russia's military")
ORGAN_NOUNS = {"GOV": "government", "MIL": "military", "COP": "police", "JUD": "judiciary", "LEG": "parliament",
               "SPY": "intelligence service"}
# When one person holds several roles on a day, role_on reports the first of these kinds;
# kinds not listed come after them, in the order the roles are written.
ROLE_PRECEDENCE = (
    "head_of_state", "acting_head_of_state", "head_of_government", "deputy_head_of_government",
    "foreign_minister", "defence_minister", "minister", "speaker_of_parliament",
    "head_of_organisation", "party_leader", "member_of_parliament",
)
# Offices one person holds at a time in a country (or, for `minister`, in one ministry):
# two holders on the same day contradict each other unless the role is marked `shared`.
SINGLE_HOLDER_ROLES = frozenset({
    "head_of_state", "acting_head_of_state", "head_of_government", "foreign_minister",
    "defence_minister", "minister", "speaker_of_parliament",
})

ID_PATTERN = r"^(per|org|gpe|loc):([A-Z]{3}|[a-z0-9]+(-[a-z0-9]+)*(:[a-z0-9]+(-[a-z0-9]+)*)?)$"
CODE_PATTERN = r"^[A-Z]{3}$"


def slug(name: str) -> str:
    """The id slug of a name: `Timčo Mucunski` -> `timco-mucunski`, `Африм Гаши` -> `afrim-gashi`."""
    ascii_name = unicodedata.normalize("NFKD", to_latin(name)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def _known_sector(sector: str) -> str:
    if sector not in SECTORS:
        raise ValueError(f"unknown sector {sector!r}")
    return sector


Sector = Annotated[str, AfterValidator(_known_sector)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Role(_Strict):
    """An office held from `start` (first day) until `end` (the day it passed on; None: still held)."""

    role: str = Field(pattern=r"^[a-z]+(_[a-z]+)*$")
    country: str | None = Field(default=None, pattern=CODE_PATTERN)
    sector: Sector | None = None
    org: str | None = Field(default=None, pattern=ID_PATTERN)  # the ministry, party, organisation
    start: date | None = None
    end: date | None = None
    shared: bool = False  # held by several at once: a collective presidency, co-princes
    note: str | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Role:
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"role {self.role} ends ({self.end}) before it starts ({self.start})")
        return self

    def in_force(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


class Demonyms(_Strict):
    """What people of a country are called: the masculine singular adjective (`руски`; the
    build adds the other genders, the plural and the definite forms) and nouns (`Русин`,
    `Рускиња`, `Руси`; the build adds their definite forms)."""

    adjective: str | None = None
    variants: tuple[str, ...] = ()  # other spellings of the adjective news writes (`иракски` beside `ирачки`)
    nouns: tuple[str, ...] = ()


class Actor(_Strict):
    id: str = Field(pattern=ID_PATTERN)
    type: ActorType
    name_mk: str = Field(min_length=1)
    name_en: str | None = None
    aliases: tuple[str, ...] = ()  # other names that stand for this actor alone, any script
    acronyms: tuple[str, ...] = ()  # НАТО, NATO, ММФ, IMF: written in capitals, matched as written
    anaphors: tuple[str, ...] = ()  # short forms whose referent context decides: Алијансата, Фондот
    wikidata: str | None = Field(default=None, pattern=r"^Q[1-9][0-9]*$")
    country: str | None = Field(default=None, pattern=CODE_PATTERN)
    sector: Sector | None = None
    kind: Literal["source", "platform"] | None = None  # news agencies and outlets; social networks and video sites
    roles: tuple[Role, ...] = ()
    after_office_sector: Sector | None = None  # sector once every role has ended (PLOVER ELI)
    # GPE
    iso2: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    iso3: str | None = Field(default=None, pattern=CODE_PATTERN)
    capital: str | None = Field(default=None, pattern=ID_PATTERN)  # id of the capital's entry
    capital_of: str | None = Field(default=None, pattern=CODE_PATTERN)  # a capital stands for its country
    demonyms: Demonyms | None = None
    sovereign: bool | None = None  # countries: a state (True) or a dependency of `country` (False)
    inflect: bool | None = None  # expand Macedonian definite forms (default: organisations that are not sources)
    note: str | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Actor:
        if self.id.split(":", 1)[0] != self.type.lower():
            raise ValueError(f"id {self.id} does not start with the type {self.type.lower()}:")
        if self.type != "GPE" and (self.iso2 or self.iso3 or self.capital or self.capital_of or self.demonyms):
            raise ValueError(f"{self.id}: only GPE entries have iso codes, capitals and demonyms")
        if self.capital_of and self.country != self.capital_of:
            raise ValueError(f"{self.id}: capital_of {self.capital_of} but country {self.country}")
        return self

    @property
    def is_country(self) -> bool:
        """A country or territory entry (`gpe:RUS`), as opposed to a city or region."""
        return self.type == "GPE" and self.sovereign is not None

    def role_on(self, on: date) -> Role | None:
        """The role in force on `on` (the first by ROLE_PRECEDENCE when several are), or None."""
        held = [r for r in self.roles if r.in_force(on)]
        if not held:
            return None
        rank = {kind: i for i, kind in enumerate(ROLE_PRECEDENCE)}
        return min(held, key=lambda r: rank.get(r.role, len(rank)))

    def country_on(self, on: date) -> str | None:
        """The country code on `on`: the role's when it has one (an envoy of the EU is EUR, not of
        his own state), else the entry's own `country`."""
        role = self.role_on(on)
        return (role.country if role is not None else None) or self.country

    def sector_on(self, on: date) -> str | None:
        """The sector on `on`: the role's; when no role is in force, `after_office_sector` once
        a role has ended (if the entry has one), else the entry's own `sector`, which may be None."""
        role = self.role_on(on)
        if role is not None:
            return role.sector
        if self.after_office_sector and any(r.end is not None and r.end <= on for r in self.roles):
            return self.after_office_sector
        return self.sector


class AmbiguousForm(_Strict):
    """A form that stands for several actors of the same type, declared so on purpose."""

    form: str
    ids: tuple[str, ...] = Field(min_length=2)
    note: str | None = None
