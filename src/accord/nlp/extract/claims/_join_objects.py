"""What "join" joins, when a state applies to join something (issue 12, pm16): the organisation
only when the object names it ("join NATO", "join the alliance", "join the NATO alliance", "join
NATO and the EU"), not a thing of the organisation's ("applied to join the European Union's
Schengen scheme", "join the NATO mission in Kosovo", "join the euro"). A founding member applying
to join its own organisation is contradicted (`_member_applications`), so an application to a
programme of it must not be read as one to the organisation.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.nlp.extract.claims.grammar import Context, phrase_tokens, topic

# head nouns that name an organisation itself ("the alliance", "the bloc")
ORGANISATION_NOUNS = {"alliance", "bloc", "union", "organisation", "organization", "club", "community", "pact"}
MODIFIERS = ("compound", "poss", "amod", "nmod")


def joined_organisations(ctx: Context, join: Token) -> list[str]:
    """The organisations the verb "join" has for its object (the article's own for a bare "the
    alliance", or for "applied to join" with no object); [] when the object is something else."""
    objects = [c for c in join.children if c.dep_ == "dobj"]
    if not objects:
        return topic(ctx)
    objects += [c for o in list(objects) for c in o.conjuncts]
    out: list[str] = []
    for obj in objects:
        entity = ctx.entity(obj) or ""
        if entity.startswith("org:"):
            found = [entity]
        elif obj.lemma_.lower() in ORGANISATION_NOUNS or obj.lower_ in ORGANISATION_NOUNS:
            found = ctx.entities(phrase_tokens([c for c in obj.children if c.dep_ in MODIFIERS]), ("org:",)) \
                or topic(ctx)
        else:
            found = []
        out += [o for o in found if o not in out]
    return out
