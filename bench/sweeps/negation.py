"""Negation: every one-edit flip of polarity a journalist's true sentence can take.

Each edit's `note` says which form it is:
- `negation added` / `negation removed`: "not" put after an auxiliary ("is" -> "is not") or taken
  out ("was not" -> "was", "isn't" -> "is", "won't" -> "will", "cannot" -> "can");
- `did not`: a past tense verb of the field's claims written "did not" + its base ("withdrew" ->
  "did not withdraw", "joined" -> "did not join");
- `antonym`: a verb or noun of the field's claims swapped for its opposite (approve/reject,
  join/leave, increase/decrease, ratify/refuse to ratify, accept/decline, rise/fall, allow/block,
  support/oppose, win/lose, grant/deny, lift/impose, member/non-member); `antonym (may not)` when
  the word has another sense the swap does not reverse ("left", "declined", "fall");
- `never added`: "never" before a past tense claim verb or after has/have/had/was/were;
- `no longer`: "no longer" after a present "is"/"are" that states a relation ("is a member",
  "are part of") or before a present claim verb ("remains" -> "no longer remains").

Every site in the body is proposed, so most edits fall on claims no family reads: the `read`
figure is the one to watch. Some edits leave a claim true or ungrammatical (an auxiliary that is
not the claim's, "not" in a question); the figure is for comparing code on the same edits.
"""

from __future__ import annotations

import re

from sweeps import Edit, body_start

_AUX = re.compile(r"\b(is|are|was|were|will|would|has|have|had|can|could|should|does|do|did)"
                  r"(?:(\s+not\b|n't\b)|\b)", re.I)
#: what follows has/have/had/was/were when "never" may go between: a participle
_PARTICIPLE = re.compile(r"\s+(?:been|become|held|taken|left|won|led|met|sent|begun|given|"
                         r"\w+ed)\b")
#: contracted or fused negations the auxiliary pattern does not see, and their positive form
_FUSED = {"won't": "will", "can't": "can", "cannot": "can", "shan't": "shall"}
_FUSED_RE = re.compile(r"\b(won't|can't|cannot|shan't|won’t|can’t)\b", re.I)

#: base forms of the verbs of the field's claims (joining, leaving, treaties, summits, offices,
#: invasions, spending) and their irregular past tenses
_IRREGULAR = {"withdraw": "withdrew", "become": "became", "leave": "left", "hold": "held",
              "take": "took", "win": "won", "lead": "led", "meet": "met", "rise": "rose",
              "fall": "fell", "send": "sent", "choose": "chose", "begin": "began",
              "lose": "lost", "spend": "spent", "cut": "cut", "seek": "sought",
              "give": "gave", "break": "broke", "rejoin": "rejoined"}
_REGULAR = ("join accede apply sign ratify approve invade host invite accept elect appoint name "
            "attend agree adopt reject extend expand announce increase decrease decline welcome "
            "admit annex launch pledge commit contribute deploy suspend resign succeed replace "
            "nominate endorse back support recognize recognise grant veto block allow open "
            "complete reach raise serve visit condemn sanction establish found create form impose "
            "lift end start sever restore vote oppose exceed boost double triple halve "
            "enlarge abandon quit renew station transfer deliver supply").split()
_DOUBLE = {"admit", "commit", "veto", "plan", "ban"}


def _past(base: str) -> str:
    if base in _IRREGULAR:
        return _IRREGULAR[base]
    if base in _DOUBLE:
        return base + "ed" if base.endswith("o") else base + base[-1] + "ed"
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and base[-2] not in "aeiou":
        return base[:-1] + "ied"
    return base + "ed"


def _third(base: str) -> str:
    if base.endswith(("s", "sh", "ch", "x", "o")):
        return base + "es"
    if base.endswith("y") and base[-2] not in "aeiou":
        return base[:-1] + "ies"
    return base + "s"


_PAST = {_past(b): b for b in _REGULAR + list(_IRREGULAR)}
_PAST.pop("cut", None)          # "cut" is also the present and the noun
_PAST.pop("rejoined", None)
_PAST["rejoined"] = "rejoin"
_PAST_RE = re.compile(r"\b(" + "|".join(sorted(_PAST, key=len, reverse=True)) + r")\b")
_THIRD = {_third(b): b for b in ("remain", "hold", "lead", "serve", "host", "head", "chair",
                                  "belong", "support", "back", "recognise", "recognize", "allow",
                                  "exceed", "meet", "spend", "include", "count", "participate")}
_THIRD_RE = re.compile(r"\b(" + "|".join(sorted(_THIRD, key=len, reverse=True)) + r")\b")

#: words before a past form that make it a participle or an adjective, not a past tense
_NOT_FINITE = {"has", "have", "had", "having", "is", "are", "was", "were", "be", "been", "being",
               "the", "a", "an", "newly", "recently", "not", "never", "'s", "get", "got", "its",
               "their", "his", "her", "our", "jointly", "democratically", "to", "and", "or",
               "who", "which", "that", "just", "already", "also"}
_NEVER_AFTER = {"who", "which", "that", "just", "already", "also"}   # a past tense still follows

#: antonyms: (word, replacement, sure) for every inflection; sure=False when the word has another
#: sense the swap does not reverse
_PAIRS = [("approve", "reject", True), ("join", "leave", True), ("increase", "decrease", True),
          ("accept", "decline", True), ("rise", "fall", True), ("allow", "block", True),
          ("support", "oppose", True), ("win", "lose", True), ("grant", "deny", True),
          ("lift", "impose", True)]
_NOUNS = [("approval", "rejection"), ("increase", "decrease"), ("increases", "decreases"),
          ("acceptance", "refusal"), ("rise", "fall"), ("member", "non-member"),
          ("members", "non-members"), ("ally", "adversary"), ("allies", "adversaries"),
          ("accession", "withdrawal")]
#: a sense the swap does not reverse: "left" (the side), "declined" (fell), "fall" (autumn)
_UNSURE = {"left", "declined", "decline", "declines", "fall", "falls", "fell", "support", "lift",
           "members", "member", "allies", "ally", "rise", "leave"}


def _forms(base: str) -> list[str]:
    ing = (base[:-1] if base.endswith("e") and base != "see" else base) + "ing"
    if base in ("win",):
        ing = "winning"
    return [base, _third(base), _past(base), ing] + (
        ["risen"] if base == "rise" else ["fallen"] if base == "fall" else
        ["won"] if base == "win" else [])


def _antonyms() -> dict[str, str]:
    swap: dict[str, str] = {}
    for a, b, _ in _PAIRS:
        for x, y in zip(_forms(a), _forms(b)):
            swap.setdefault(x, y)
            swap.setdefault(y, x)
    for a, b in _NOUNS:
        swap.setdefault(a, b)
        swap.setdefault(b, a)
    swap.update({"ratified": "refused to ratify", "ratify": "refuse to ratify",
                 "ratifies": "refuses to ratify", "ratifying": "refusing to ratify",
                 "refused to ratify": "ratified", "refuses to ratify": "ratifies",
                 "lost": "won", "won": "lost", "left": "joined", "leaves": "joins"})
    return swap


_SWAP = _antonyms()
_SWAP_RE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _SWAP), key=len, reverse=True))
                      + r")\b")
#: "is"/"are" stating a relation: before an article, "part", "one", "still", "among"
_NO_LONGER = re.compile(r"\b(is|are)\s+(?=(?:a|an|the|part|one|among|in|at)\b)")


def _word_before(text: str, start: int) -> str:
    m = re.search(r"([\w']+)\W*$", text[max(0, start - 30):start])
    return m.group(1).lower() if m else ""


def _case(src: str, new: str) -> str:
    return new[:1].upper() + new[1:] if src[:1].isupper() else new


def edits(text, kb):
    begin = body_start(text)
    for m in _AUX.finditer(text, begin):
        aux, neg = m.group(1), m.group(2)
        if neg:
            yield Edit(m.start(), m.end(), aux, "negation removed")
        else:
            yield Edit(m.start(), m.end(), f"{aux} not", "negation added")
            if aux.lower() in ("has", "have", "had", "was", "were") \
                    and _PARTICIPLE.match(text, m.end()):
                yield Edit(m.start(), m.end(), f"{aux} never", "never added")
    for m in _FUSED_RE.finditer(text, begin):
        word = m.group(1).replace("’", "'")
        yield Edit(m.start(), m.end(), _case(m.group(1), _FUSED[word.lower()]), "negation removed")
    for m in _PAST_RE.finditer(text, begin):
        before = _word_before(text, m.start())
        if before in _NOT_FINITE - _NEVER_AFTER:
            continue
        base = _PAST[m.group(1)]
        yield Edit(m.start(), m.end(), f"did not {base}", "did not")
        yield Edit(m.start(), m.end(), f"never {m.group(1)}", "never added")
    for m in _SWAP_RE.finditer(text, begin):
        word = m.group(1)
        note = "antonym (may not)" if word in _UNSURE else "antonym"
        yield Edit(m.start(), m.end(), _SWAP[word], note)
    for m in _NO_LONGER.finditer(text, begin):
        yield Edit(m.start(), m.end(), f"{m.group(1)} no longer ", "no longer")
    for m in _THIRD_RE.finditer(text, begin):
        if _word_before(text, m.start()) in ("the", "a", "its", "their"):
            continue
        yield Edit(m.start(), m.end(), f"no longer {m.group(1)}", "no longer")
