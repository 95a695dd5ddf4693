"""States from ISO 3166-1 via pycountry, merged with our own names, aliases and demonyms.

pycountry gives codes and names ("Korea, Republic of", official "Republic of Korea", common
"South Korea"); the names we use day to day, informal aliases ("Aotearoa", "the US") and demonyms
("Kiwi") are ours, in data/states.yaml. ISO also lists territories (Hong Kong, Taiwan): they keep
their `state:` id and the data says what they are in `attrs`.
"""

from __future__ import annotations

import pycountry

from accord.kb.schema import EntityRecord

ISO_SOURCE = "https://www.iso.org/iso-3166-country-codes.html"


def iso_states() -> dict[str, EntityRecord]:
    """One entity record per ISO 3166-1 country, keyed by id ("state:NZL")."""
    out = {}
    for country in pycountry.countries:
        names = [getattr(country, "common_name", None), country.name, getattr(country, "official_name", None)]
        names = [n for n in dict.fromkeys(names) if n and ", " not in n]
        name = names[0] if names else country.name
        out[f"state:{country.alpha_3}"] = EntityRecord(
            id=f"state:{country.alpha_3}",
            name=name,
            aliases=names[1:],
            attrs={"alpha_2": country.alpha_2, "alpha_3": country.alpha_3, "numeric": country.numeric},
            source=ISO_SOURCE,
        )
    return out


def merge(base: EntityRecord, ours: EntityRecord) -> EntityRecord:
    """Our record over pycountry's: our name wins (the old one becomes an alias), lists add up."""
    aliases = list(base.aliases)
    if ours.name and ours.name != base.name and base.name:
        aliases.insert(0, base.name)
    merged = base.model_copy(deep=True)
    merged.name = ours.name or base.name
    for key in ("abbreviations", "demonyms", "context_aliases", "ambiguous"):
        setattr(merged, key, _unique(getattr(base, key) + getattr(ours, key)))
    merged.aliases = [a for a in _unique(aliases + ours.aliases) if a != merged.name]
    merged.attrs = {**base.attrs, **ours.attrs}
    merged.source = ours.source or base.source
    merged.wikidata, merged.wikidata_source = ours.wikidata, ours.wikidata_source
    return merged


def is_iso(entity_id: str) -> bool:
    return entity_id.startswith("state:") and pycountry.countries.get(alpha_3=entity_id[6:]) is not None


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
