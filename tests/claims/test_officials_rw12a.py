"""Office holders in real title forms (issue 12, rw12a): the constructions PolNeAR's news of
2015-2016 showed, each with sentences written here (true ones silent or supported, false ones
flagged). The real passages are measured in test_realtext_rw12a.py."""

from __future__ import annotations

import pytest

from accord.nlp.extract.name_variants import PersonNames, without_initials


def outcome_of(annotator, text: str, published: str) -> str:
    from bench.paraphrases import Checker, outcome

    return outcome(Checker(annotator).findings(text, published))


def claims_of(annotator, text: str, published: str) -> list[tuple[str, str]]:
    from bench.paraphrases import Checker

    return [(f["kind"], str(f.get("claim"))) for f in Checker(annotator).findings(text, published)]


# -- names with a middle initial or a suffix -------------------------------------------------------
@pytest.mark.parametrize("name, bare", [
    ("Sergey V. Lavrov", "sergey lavrov"),
    ("Joseph R. Biden Jr.", "joseph biden"),
    ("John F. Kerry", "john kerry"),
    ("Ashton B. Carter", "ashton carter"),
    ("Sergey Lavrov", "sergey lavrov"),
    ("Lavrov", "lavrov"),
])
def test_without_initials_drops_middle_initials_and_suffixes_only(name, bare):
    assert without_initials(name) == bare


@pytest.mark.model
def test_a_name_with_an_initial_finds_the_one_kb_person(accord_annotator):
    index = PersonNames.from_kb(accord_annotator.kb)
    assert index.lookup("Sergey V. Lavrov") == ["person:sergey-lavrov"]
    assert index.lookup("Joseph R. Biden Jr.") == ["person:joe-biden"]
    assert index.lookup("George W. Bush") == ["person:george-w-bush"]  # the KB's own initial wins
    assert index.lookup("George Q. Bush") == []  # two Bushes: none chosen
    assert index.lookup("Sergey V. Lavrof") == []


@pytest.mark.model
@pytest.mark.parametrize("text, published, expected", [
    ("Secretary of State John Kerry met the Russian foreign minister, Sergey V. Lavrov, in Geneva.", "2016-09-06", "supported"),
    ("Foreign Minister Sergey V. Lavrov of Russia said the talks would go on.", "2016-09-06", "supported"),
    ("Vice President Joseph R. Biden Jr. arrived in Kyiv on Monday.", "2016-01-05", "supported"),
    ("Secretary of State John F. Kerry arrived in Moscow.", "2016-03-23", "supported"),
    ("Vice President Joseph R. Biden Jr. arrived in Kyiv on Monday.", "2019-01-05", "flagged"),
    ("Secretary of State John F. Kerry arrived in Moscow.", "2018-03-23", "flagged"),
])
def test_titled_names_with_initials(accord_annotator, text, published, expected):
    assert outcome_of(accord_annotator, text, published) == expected


# -- a person's possession is not the person: "Prime Minister X's party took the most seats" ------
@pytest.mark.model
@pytest.mark.parametrize("text, published", [
    ("Prime Minister Mariano Rajoy's ruling Popular Party took the most seats in Sunday's election.", "2015-12-22"),
    ("Chancellor Angela Merkel's Christian Democrats took 33 percent of the vote on Sunday.", "2017-09-26"),
    ("Prime Minister Theresa May's government took over the talks on Monday.", "2017-06-20"),
    ("President Erdogan's party took the most seats in the June vote.", "2015-06-10"),
    ("The ruling party took 123 seats in Sunday's vote, Prime Minister Mariano Rajoy said.", "2015-12-22"),
    ("Prime Minister Shinzo Abe's coalition took two-thirds of the seats in the upper house.", "2016-07-11"),
])
def test_a_partys_seats_are_no_term_of_office(accord_annotator, text, published):
    assert not [c for k, c in claims_of(accord_annotator, text, published) if "took up the office" in c]
    assert outcome_of(accord_annotator, text, published) != "flagged"


@pytest.mark.model
@pytest.mark.parametrize("text, published, expected", [
    ("Mariano Rajoy took over as prime minister of Spain on 21 December 2011.", "2015-12-22", "supported"),
    ("Mariano Rajoy took over as prime minister of Spain on 20 December 2015.", "2015-12-22", "flagged"),
])
def test_a_persons_own_term_is_still_read(accord_annotator, text, published, expected):
    assert outcome_of(accord_annotator, text, published) == expected


# -- a titled name that stands for a period in office ----------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, published, expected", [
    ("Leonard Burman, a former official in President Bill Clinton's administration, criticised the plan.", "2015-11-24", "supported"),
    ("The trade deal is an important part of President Bill Clinton's political legacy.", "2016-03-21", "supported"),
    ("Harold Varmus, a former NIH director under President Bill Clinton, spoke on Monday.", "2016-04-01", "supported"),
    ("He was a military adviser to Secretary of State Hillary Clinton in 2011 and 2012.", "2016-05-09", "supported"),
    ("Under President Barack Obama, the generals were reduced to rubble, Flynn said.", "2018-09-08", "supported"),
    ("The plan was drafted by a former aide to Secretary of State John Kerry.", "2019-03-01", "supported"),
    ("Leonard Burman, a former official in President Joe Biden's administration, criticised the plan.", "2015-11-24", "flagged"),
    ("Harold Varmus, a former NIH director under President Donald Trump, spoke on Monday.", "2016-04-01", "flagged"),
    ("The trade deal is an important part of Chancellor Olaf Scholz's political legacy.", "2016-03-21", "flagged"),
    ("Under Chancellor Olaf Scholz, Germany is also playing a part in NATO programs.", "2016-06-07", "flagged"),
])
def test_era_titles_are_held_by_the_articles_day_not_on_it(accord_annotator, text, published, expected):
    assert outcome_of(accord_annotator, text, published) == expected


# -- "Press Secretary X": press is a title word, not an organisation -------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, published, expected", [
    ("Reporters questioned Press Secretary Josh Earnest about the shooting.", "2015-12-04", "supported"),
    ("Press Secretary Josh Earnest told reporters the president would veto the bill.", "2016-09-23", "supported"),
    ("At the briefing, Press Secretary Sarah Sanders took questions for an hour.", "2018-02-01", "supported"),
    ("Reporters questioned Press Secretary Sean Spicer about the shooting.", "2015-12-04", "flagged"),
    ("Press Secretary Jen Psaki told reporters the president would veto the bill.", "2016-09-23", "flagged"),
    ("White House press secretary Jay Carney said the talks would go on.", "2015-03-01", "flagged"),
])
def test_press_secretary_titles(accord_annotator, text, published, expected):
    assert outcome_of(accord_annotator, text, published) == expected


# -- a clause after a name is no apposition that names an organisation -----------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, published, expected", [
    ("\u201cGive him time,\u201d said Vice President Joe Biden, urging those calling for Sanders\u2019 withdrawal to wait.", "2016-06-08", "supported"),
    ("Defense Secretary Ash Carter, speaking for the Pentagon, said the strikes would go on.", "2016-06-04", "supported"),
    ("Vice President Joe Biden, asked about Clinton\u2019s campaign, said she was qualified.", "2016-04-11", "supported"),
    ("\u201cGive him time,\u201d said Secretary of State Joe Biden, urging those calling for Sanders\u2019 withdrawal to wait.", "2016-06-08", "flagged"),
    ("Defense Secretary Jim Mattis, speaking for the Pentagon, said the strikes would go on.", "2016-06-04", "flagged"),
    ("Vice President Mike Pence, asked about Clinton\u2019s campaign, said she was qualified.", "2016-04-11", "flagged"),
])
def test_a_participle_clause_after_a_titled_name(accord_annotator, text, published, expected):
    assert outcome_of(accord_annotator, text, published) == expected


# -- a title with no state written: the one state whose offices the person held --------------------
@pytest.mark.model
@pytest.mark.parametrize("text, published, expected", [
    ("Secretary of State John Kerry praised the deal.", "2016-01-20", "supported"),
    ("Prime Minister Benjamin Netanyahu arrived at the White House on Monday.", "2015-11-10", "supported"),
    ("Secretary of State Joe Biden praised the deal.", "2016-01-20", "flagged"),
    ("Prime Minister Reuven Rivlin arrived at the White House on Monday.", "2015-11-10", "flagged"),
    ("Vice President John Kerry praised the deal.", "2016-01-20", "flagged"),
    ("Chancellor Frank-Walter Steinmeier spoke in Berlin.", "2016-01-20", "flagged"),
])
def test_a_title_without_its_state_is_of_the_persons_own_state(accord_annotator, text, published, expected):
    assert outcome_of(accord_annotator, text, published) == expected


# -- former presidents and secretaries of state before 2014 ---------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, published, expected", [
    ("Clinton was joined by her husband, former President Bill Clinton, on Monday.", "2016-02-08", "supported"),
    ("Former Secretary of State Hillary Clinton called for more air strikes.", "2015-11-19", "supported"),
    ("Former Secretary of State Colin Powell endorsed her on Monday.", "2016-10-25", "supported"),
    ("Former Secretary of State Madeleine Albright urged women to vote for Clinton.", "2016-02-08", "supported"),
    ("Clinton was joined by her husband, President Bill Clinton, on Monday.", "2016-02-08", "flagged"),
    ("Secretary of State Hillary Clinton called for more air strikes.", "2015-11-19", "flagged"),
    ("Former Secretary of State John Kerry called for more air strikes.", "2015-11-19", "flagged"),
    ("Former President Joe Biden called for more air strikes.", "2015-11-19", "flagged"),
])
def test_former_holders_from_before_2014(accord_annotator, text, published, expected):
    assert outcome_of(accord_annotator, text, published) == expected


# -- a family name alone that several KB people share ---------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, published, expected", [
    ("Clinton, the former secretary of state, is part of the political establishment.", "2016-01-28", "supported"),
    ("Clinton, the former president, spoke to a crowd of 700 in Nashua.", "2016-01-05", "supported"),
    ("Sanders has led Clinton, the former secretary of state, in several surveys.", "2015-12-17", "supported"),
    ("Clinton, the secretary of state, is part of the political establishment.", "2016-01-28", "flagged"),
    ("Clinton, the president, spoke to a crowd of 700 in Nashua.", "2016-01-05", "flagged"),
    ("Sanders has led Clinton, the secretary of state, in several surveys.", "2015-12-17", "flagged"),
])
def test_a_shared_family_name_is_the_one_who_held_the_title(accord_annotator, text, published, expected):
    assert outcome_of(accord_annotator, text, published) == expected


@pytest.mark.model
def test_a_shared_family_name_with_no_holder_of_the_title_is_not_read(accord_annotator):
    assert outcome_of(accord_annotator, "Clinton, the former vice president, spoke in Nashua.", "2016-01-28") == "none"
    assert outcome_of(accord_annotator, "Bush, the former president, spoke in Nashua.", "2016-01-28") == "none"


# -- a definite title referring back to a name before it -------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, published", [
    ("Trump said he could not work with David Cameron because the British prime minister had insulted him.", "2016-05-16"),
    ("Biden, echoing Erdogan, ignored the Turkish president's new bid for a buffer zone.", "2016-08-29"),
    ("Supporters of Hillary Clinton met on Wednesday, the morning after the former Secretary of State won the primary.", "2016-06-09"),
    ("Reporters asked Angela Merkel about the deal, and the German chancellor said it would hold.", "2016-03-10"),
    ("Putin met Xi Jinping in Beijing. The Chinese president praised the new pipeline.", "2016-06-25"),
    ("Jens Stoltenberg arrived in Warsaw on Thursday. The NATO secretary general said the summit would agree on four battalions.", "2016-07-07"),
])
def test_a_title_referring_back_supports(accord_annotator, text, published):
    assert outcome_of(accord_annotator, text, published) == "supported"


@pytest.mark.model
@pytest.mark.parametrize("text, published", [
    # the name before is no holder on the day: nothing is paired, so nothing is flagged on a guess
    ("Trump said he could not work with Theresa May because the British prime minister had insulted him.", "2016-05-16"),
    ("Reporters asked Olaf Scholz about the deal, and the German chancellor said it would hold.", "2016-03-10"),
    # two people named who could be meant: none chosen
    ("Obama met Biden and Trump; the president said the talks went well.", "2016-11-10"),
    # a title with its own name is the name's, not a reference back
    ("Angela Merkel met the British prime minister, Theresa May, on Monday.", "2016-07-20"),
    ("Hillary Clinton met the former Secretary of State Colin Powell in Washington.", "2016-09-10"),
    ("Angela Merkel met the French president in Berlin.", "2016-03-10"),
])
def test_a_title_referring_back_never_flags_on_a_guess(accord_annotator, text, published):
    assert outcome_of(accord_annotator, text, published) != "flagged"


# -- "took office in D with Y as his T": the title is Y's -----------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, published, expected", [
    ("When Barack Obama took office in 2009 with Hillary Clinton as his Secretary of State, he went to Cairo.", "2016-06-20", "supported"),
    ("Obama took office in January 2009 with Joe Biden as his vice president.", "2016-06-20", "supported"),
    ("Bill Clinton took office in 1993 with Al Gore as his vice president.", "2016-06-20", "supported"),
    ("When Barack Obama took office in 2008 with Hillary Clinton as his Secretary of State, he went to Cairo.", "2016-06-20", "flagged"),
    ("Obama took office in January 2010 with Joe Biden as his vice president.", "2016-06-20", "flagged"),
    ("Bill Clinton took office in 1992 with Al Gore as his vice president.", "2016-06-20", "flagged"),
])
def test_a_term_with_another_persons_title(accord_annotator, text, published, expected):
    assert outcome_of(accord_annotator, text, published) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, published, expected", [
    ("Trump called Canada\u2019s prime minister \u201ctwo-faced\u201d after Justin Trudeau was caught on an open microphone.", "2019-12-05", "supported"),
    ("Germany\u2019s chancellor was in no hurry, Angela Merkel told reporters.", "2016-03-10", "supported"),
    ("Turkey\u2019s president would not back down, Recep Tayyip Erdogan said on Monday.", "2016-08-24", "supported"),
    # no holder on the day among the names: nothing read, nothing flagged
    ("Trump called Canada\u2019s prime minister \u201ctwo-faced\u201d after Stephen Harper was caught on an open microphone.", "2019-12-05", "none"),
    ("Germany\u2019s chancellor was in no hurry, Olaf Scholz told reporters.", "2016-03-10", "none"),
    ("Turkey\u2019s president would not back down, Binali Yildirim said on Monday.", "2016-08-24", "none"),
])
def test_a_possessed_title_before_the_name(accord_annotator, text, published, expected):
    assert outcome_of(accord_annotator, text, published) == expected


# -- "T and <description> X": the title is X's -----------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, published, expected", [
    ("Former Secretary of State and Democratic presidential frontrunner Hillary Clinton called for more strikes.", "2015-11-19", "supported"),
    ("Former Secretary of State and presidential hopeful Hillary Clinton spoke in Iowa.", "2016-01-30", "supported"),
    ("Vice President and Delaware native Joe Biden spoke in Scranton.", "2016-08-15", "supported"),
    ("Secretary of State and Democratic presidential frontrunner Hillary Clinton called for more strikes.", "2015-11-19", "flagged"),
    ("Former Secretary of State and presidential hopeful John Kerry spoke in Iowa.", "2016-01-30", "flagged"),
    ("Vice President and Delaware native Joe Biden spoke in Scranton.", "2018-08-15", "flagged"),
])
def test_a_title_and_a_description_before_the_name(accord_annotator, text, published, expected):
    assert outcome_of(accord_annotator, text, published) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Prime Minister and his wife Samantha Cameron arrived in Paris.",  # someone else after "and his"
    "Prime Minister and Labour leader Jeremy Corbyn spoke in London.",  # a second title: not read as one
])
def test_a_title_and_another_person_is_not_read_as_theirs(accord_annotator, text):
    assert outcome_of(accord_annotator, text, "2016-03-01") != "flagged"


# -- names whose UTF-8 was read as Latin-1 on the way to the page ("FranÃ§ois") --------------------
def mangled(text: str, times: int = 1) -> str:
    for _ in range(times):
        text = text.encode("utf-8").decode("cp1252", errors="strict")
    return text


@pytest.mark.parametrize("name", ["François Hollande", "Lars Løkke Rasmussen", "Jüri Ratas", "Recep Tayyip Erdoğan"])
def test_unmangled_puts_a_mangled_name_right(name):
    from accord.nlp.extract.name_variants import unmangled

    assert unmangled(mangled(name)) == name
    assert unmangled(name) == name


def test_unmangled_leaves_other_text_alone():
    from accord.nlp.extract.name_variants import unmangled

    assert unmangled("GÃ1⁄4len") == "GÃ1⁄4len"  # not UTF-8 behind it: kept as written
    assert unmangled("Ãlvaro") == "Ãlvaro"


@pytest.mark.model
@pytest.mark.parametrize("text, published, expected", [
    (f"The group, which French President {mangled('François')} Hollande blamed for the attacks, struck Paris.", "2015-11-15", "supported"),
    (f"Danish Prime Minister Lars {mangled('Løkke')} Rasmussen arrived in Brussels.", "2016-05-10", "supported"),
    (f"Estonian Prime Minister {mangled('Jüri')} Ratas arrived in Brussels.", "2017-05-10", "supported"),
    (f"The group, which French President {mangled('François')} Hollande blamed for the attacks, struck Paris.", "2018-11-15", "flagged"),
    (f"Danish Prime Minister Lars {mangled('Løkke')} Rasmussen arrived in Brussels.", "2020-05-10", "flagged"),
    (f"Estonian Prime Minister {mangled('Jüri')} Ratas arrived in Brussels.", "2022-05-10", "flagged"),
])
def test_a_mangled_given_name_before_a_known_surname(accord_annotator, text, published, expected):
    assert outcome_of(accord_annotator, text, published) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, published, expected", [
    ("President Barack Obama", "2016-01-01", "supported"),  # a caption: the name is the sentence's root
    ("Chancellor Angela Merkel.", "2016-01-01", "supported"),
    ("President Barack Obama", "2019-01-01", "flagged"),
])
def test_a_titled_name_alone_is_read_and_ends(accord_annotator, text, published, expected):
    assert outcome_of(accord_annotator, text, published) == expected  # (an endless loop here once)
