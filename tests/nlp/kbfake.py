"""A small KB built in the tests, so the NLP core's unit tests do not depend on the bundled data."""

from __future__ import annotations

from accord.kb.base import KB
from accord.kb.types import Entity


def small_kb() -> KB:
    """NATO, New Zealand, South Korea, Slovenia, Spain, Newshub Nation, one known person and two offices."""
    entities = [
        Entity("org:NATO", "organisation", "North Atlantic Treaty Organization", aliases=["Nato", "NATO"],
               abbreviations=["NATO"], context_aliases=["the alliance"]),
        Entity("org:newshub-nation", "organisation", "Newshub Nation"),
        Entity("state:NZL", "state", "New Zealand", aliases=["NZ"], abbreviations=["NZ"], demonyms=["New Zealander", "Kiwi"]),
        Entity("state:KOR", "state", "South Korea", aliases=["Republic of Korea", "Korea", "ROK"], abbreviations=["ROK"],
               demonyms=["South Korean", "Korean"]),
        Entity("state:SVN", "state", "Slovenia", demonyms=["Slovenian"]),
        Entity("state:SVK", "state", "Slovakia", demonyms=["Slovak"]),
        Entity("state:ESP", "state", "Spain", demonyms=["Spanish"]),
        Entity("state:JOR", "state", "Jordan"),
        Entity("state:GBR", "state", "United Kingdom", aliases=["GB", "UK"], abbreviations=["GB", "UK"]),
        Entity("person:nanaia-mahuta", "person", "Nanaia Mahuta"),
        Entity("office:nzl-prime-minister", "office", "Prime Minister of New Zealand",
               attrs={"jurisdiction": "state:NZL", "kind": "head_of_government", "title": "Prime Minister"}),
        Entity("office:nato-deputy-spokesperson", "office", "NATO Deputy Spokesperson",
               attrs={"jurisdiction": "org:NATO", "kind": "deputy_spokesperson", "title": "deputy spokesperson"}),
    ]
    return KB(entities, [])
