"""States and places as news names them (issue 12, rw12c), with sentences written for these tests
and the bundled KB: the wires' underscore dateline, a city with its state in running text, a city
named as a state's capital, the state names a misspelling hides in, and a comma that joins no
list of summit places. Each true sentence stays silent; each false twin is flagged."""

from __future__ import annotations

import pytest

from ._pipeline import read, verdicts

pytestmark = pytest.mark.model

DAY = "1999-03-12"


def kinds(annotator, text, prop, date=DAY):
    return verdicts(annotator, text, date, prop)


# --- the wires' dateline: "NAIROBI, Kenya (AP) _" -------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("WARSAW, Poland (AP) _ Ministers met in the old town on Friday.", ["supported"]),
    ("WARSAW, Hungary (AP) _ Ministers met in the old town on Friday.", ["contradicted_by_kb"]),
    ("NAIROBI, Kenya (AP)_ Rescuers searched the rubble on Saturday.", ["supported"]),
    ("NAIROBI, Uganda (AP) _ Rescuers searched the rubble on Saturday.", ["contradicted_by_kb"]),
    ("OTTAWA, Canada (AP)-- The parliament sat late on Thursday.", ["supported"]),
    ("OTTAWA, Australia (AP)-- The parliament sat late on Thursday.", ["contradicted_by_kb"]),
])
def test_a_wire_dateline_with_an_underscore_or_a_glued_dash(accord_annotator, text, expected):
    assert kinds(accord_annotator, text, "lies_in") == expected


@pytest.mark.parametrize("text", [
    "ATLANTA, Georgia (AP) _ A storm closed the airport on Monday.",      # the US state
    "THESSALONIKI, Macedonia (AP) _ Farmers blocked the road on Monday.",  # the Greek region
    "The report (see page_2) _ was filed late.",                          # no dateline
])
def test_a_region_that_shares_a_states_name_is_never_a_contradiction(accord_annotator, text):
    assert "contradicted_by_kb" not in kinds(accord_annotator, text, "lies_in")


# --- a city with its state in running text ----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("In Warsaw, Poland, crowds cheered as the flags went up.", ["supported"]),
    ("In Warsaw, Hungary, crowds cheered as the flags went up.", ["contradicted_by_kb"]),
    ("The envoys were flown on to Brussels, Belgium.", ["supported"]),
    ("The envoys were flown on to Brussels, France.", ["contradicted_by_kb"]),
    ("A summit in Madrid, Spain, agreed to invite three states.", ["supported"]),
    ("A summit in Madrid, Portugal, agreed to invite three states.", ["contradicted_by_kb"]),
    ("The attacks on the embassies in Nairobi, Kenya and Dar es Salaam, Tanzania, killed hundreds.",
     ["supported", "supported"]),
    ("The attacks on the embassies in Nairobi, Uganda and Dar es Salaam, Tanzania, killed hundreds.",
     ["contradicted_by_kb", "supported"]),
    ("Prague, Czech Republic, was quiet on Friday night.", ["supported"]),
    ("Prague, Slovakia, was quiet on Friday night.", ["contradicted_by_kb"]),
])
def test_a_city_and_its_state_in_running_text(accord_annotator, text, expected):
    assert kinds(accord_annotator, text, "lies_in") == expected


@pytest.mark.parametrize("text", [
    "The minister flew to Kyiv, Poland and Hungary last week.",         # a list of places
    "The minister flew to Kyiv, Poland, Hungary and Romania.",          # a list with commas
    "Talks went on in Berlin, Warsaw, Poland and Prague.",              # the city is a list's item
    "She held a town hall in Berlin, New Hampshire, on Monday.",        # no KB state after the comma
    "He grew up in Dublin, Georgia, a small town.",                     # "Georgia" is also a US state
    "The troops left Crimea, Russia said on Monday.",                   # a region, not a city
    "He put the money into a fund based in Odessa, Ukraine.",           # Odessa, Texas is Odesa's namesake
    "ODESSA, Ukraine (AP) _ The port reopened on Monday.",
    "Activists won seats at conventions in Virginia, Georgia and South Carolina.",  # a list of US states
])
def test_no_city_in_state_claim_where_the_comma_may_not_pair_them(accord_annotator, text):
    assert "contradicted_by_kb" not in kinds(accord_annotator, text, "lies_in")


# --- a city named as a state's capital --------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("He flew on to Asmara, the capital of Eritrea, the next day.", ["supported"]),
    ("He flew on to Asmara, the capital of Ethiopia, the next day.", ["contradicted_by_kb"]),
    ("They met in Nairobi, Kenya's crowded capital.", ["supported"]),
    ("They met in Nairobi, Tanzania's crowded capital.", ["contradicted_by_kb"]),
    ("The president chose Kazakhstan's gleaming new capital, Astana, for the speech.", []),  # renamed since
    ("The president chose Uzbekistan's gleaming new capital, Astana, for the speech.", ["contradicted_by_kb"]),
    ("Kabul is the capital of Afghanistan.", ["supported"]),
    ("Kabul is the capital of Pakistan.", ["contradicted_by_kb"]),
    ("Officials in the German capital, Berlin, welcomed the plan.", ["supported"]),
    ("Officials in the Polish capital, Berlin, welcomed the plan.", ["contradicted_by_kb"]),
])
def test_a_city_named_as_a_states_capital(accord_annotator, text, expected):
    got = kinds(accord_annotator, text, "capital_of", "2016-05-01")
    assert got == expected or (expected == [] and "contradicted_by_kb" not in got)


@pytest.mark.parametrize("text", [
    "Bonn, the former capital of West Germany, is quiet now.",     # a former capital
    "London, Europe's financial capital, voted to stay.",          # not a state's capital
    "Brussels, the capital of Europe, hosted the talks.",          # not one state
    "Istanbul, Turkey's largest city and commercial capital, grew.",  # in the right state: never flagged
    "Kabul is not the capital of Pakistan.",                       # negated: not read
    "Almaty, Kazakhstan's old capital, is still its largest city.",
])
def test_capitals_that_are_not_read_or_not_contradicted(accord_annotator, text):
    assert "contradicted_by_kb" not in kinds(accord_annotator, text, "capital_of", "2016-05-01")


# --- misspelt state names in any position -------------------------------------------------------------

def misspelt(annotator, text, date="2016-05-01"):
    doc = annotator.nlp.make_doc(text)
    doc._.document_date = date
    doc = annotator.nlp(doc)
    return [(a.text, a.data.get("suggestion")) for a in doc._.anomalies]


@pytest.mark.parametrize("text, expected", [
    ("Obama said Britian should stay in the union.", [("Britian", "state:GBR")]),      # "Brit" + "ian"?
    ("The Netherlnads ratified the protocol last.", [("Netherlnads", "state:NLD")]),   # tagged a noun
    ("Germny’s chancellor welcomed the deal.", [("Germny", "state:DEU")]),            # tagged a person
    ("Xi went to Kazakhtan's new capital.", [("Kazakhtan", "state:KAZ")]),            # "Kazakh" + "tan"
    ("Obama said Britain should stay in the union.", []),
    ("The Netherlands ratified the protocol last.", []),
    ("Germany’s chancellor welcomed the deal.", []),
    ("The Brits and the Britons and the Slovenians voted.", []),                      # real endings
    ("Franco ruled Spain for decades.", []),                                         # a real name
    ("Martonyi called Hunragy's entry a homecoming.", [("Hunragy", "state:HUN")]),    # letters moved
    ("The talks in Sewden ended.", [("Sewden", "state:SWE")]),
    ("Martonyi called Hungary's entry a homecoming.", []),
    ("The Sabier team won the cup.", []),                                            # not the same ends
])
def test_misspelt_state_names(accord_annotator, text, expected):
    assert misspelt(accord_annotator, text) == expected


# --- a comma alone joins no list of summit places -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "As the NATO summit meeting in Warsaw approaches, Germany, the largest economy, is key.",
    "As the NATO summit meeting in Warsaw approaches, France, a nuclear power, is ready.",
])
def test_a_state_after_a_misparsed_comma_is_not_the_summits_place(accord_annotator, text):
    found = read(accord_annotator, text, "2016-06-07")
    assert not [s for s in found if s.property == "located_in" and s.value.startswith("state:")
                and s.value != "state:POL"]
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, "2016-06-07", "located_in")


def test_a_list_of_summit_places_with_and_is_still_read(accord_annotator):
    text = "The NATO summit in Vilnius and Riga opened on Tuesday."
    values = {s.value for s in read(accord_annotator, text, "2023-07-11") if s.property == "located_in"}
    assert "place:vilnius" in values or "place:riga" in values
