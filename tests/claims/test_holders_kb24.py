"""Earlier holders added in session 16 (kb24), read through the checker: the predecessors and
"former" holders news names. Sentences written for these tests: for each office whose list now
starts earlier, a predecessor (or a holder on the day) right and wrong, a handover on its first day
and the day before, the first day of a list's coverage, and the namesakes the new people bring
(Fox News, Ed Miliband, Liz Cheney, Lars Løkke Rasmussen) left alone."""

from __future__ import annotations

import pytest

from ._pipeline import outcome

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, day, expected", [
    # the UK's Chancellor, Foreign Secretary and Defence Secretary
    ("Philip Hammond replaces George Osborne as chancellor.", "2016-07-13", "supported"),
    ("Philip Hammond replaces Alistair Darling as chancellor.", "2016-07-13", "flagged"),
    ("George Osborne, who succeeded Alistair Darling as chancellor in 2010, left the Treasury.", "2016-07-14", "supported"),
    ("George Osborne, who succeeded Gordon Brown as chancellor in 2010, left the Treasury.", "2016-07-14", "flagged"),
    ("Jack Straw succeeded Robin Cook as foreign secretary in June 2001.", "2015-01-10", "supported"),
    ("Jack Straw succeeded Margaret Beckett as foreign secretary in June 2001.", "2015-01-10", "flagged"),
    ("Philip Hammond replaces Liam Fox as defence secretary.", "2011-10-14", "supported"),
    ("Philip Hammond replaces Des Browne as defence secretary.", "2011-10-14", "flagged"),
    ("Defence Secretary Geoff Hoon visited troops in Basra.", "2003-04-07", "supported"),
    ("Defence Secretary John Reid visited troops in Basra.", "2003-04-07", "flagged"),
    ("Former defence secretary Geoff Hoon said the cuts went too far.", "2015-03-01", "supported"),
    # France's prime minister, foreign and defence ministers
    ("Jean-Marc Ayrault replaces François Fillon as French prime minister.", "2012-05-16", "supported"),
    ("Jean-Marc Ayrault replaces Dominique de Villepin as French prime minister.", "2012-05-16", "flagged"),
    ("French Prime Minister Lionel Jospin met Gerhard Schröder in Berlin.", "2001-03-02", "supported"),
    ("French Prime Minister Jean-Pierre Raffarin met Gerhard Schröder in Berlin.", "2001-03-02", "flagged"),
    ("French Foreign Minister Bernard Kouchner met Hillary Clinton.", "2009-06-10", "supported"),
    ("French Foreign Minister Alain Juppé met Hillary Clinton.", "2009-06-10", "flagged"),
    ("French Defence Minister Hervé Morin visited Kabul.", "2009-06-10", "supported"),
    ("French Defence Minister Gérard Longuet visited Kabul.", "2009-06-10", "flagged"),
    # the US Vice President, Russia's President
    ("Vice President Dick Cheney visited Baghdad.", "2008-03-17", "supported"),
    ("Vice President Joe Biden visited Baghdad.", "2008-03-17", "flagged"),
    ("Russian President Dmitry Medvedev met Obama in Moscow.", "2009-07-06", "supported"),
    ("Russian President Vladimir Putin met Obama in Moscow.", "2009-07-06", "flagged"),
    ("Former Russian president Dmitry Medvedev threatened the West again.", "2023-05-02", "supported"),
    # Denmark's and Norway's prime ministers
    ("Danish Prime Minister Anders Fogh Rasmussen met Bush at Camp David.", "2006-06-09", "supported"),
    ("Danish Prime Minister Anders Fogh Rasmussen met Obama in Copenhagen.", "2009-10-02", "flagged"),
    ("Norwegian Prime Minister Kjell Magne Bondevik spoke in Oslo.", "2003-05-10", "supported"),
    ("Norwegian Prime Minister Jens Stoltenberg spoke in Oslo.", "2003-05-10", "flagged"),
    # Germany's finance minister, Turkey's, Italy's and the Netherlands' ministers
    ("German Finance Minister Peer Steinbrück met his French counterpart.", "2008-10-06", "supported"),
    ("German Finance Minister Wolfgang Schäuble met his French counterpart.", "2008-10-06", "flagged"),
    ("Turkish Foreign Minister Ali Babacan visited Washington.", "2008-02-12", "supported"),
    ("Turkish Foreign Minister Ahmet Davutoğlu visited Washington.", "2008-02-12", "flagged"),
    ("Italian Foreign Minister Giulio Terzi met Hillary Clinton.", "2012-05-23", "supported"),
    ("Italian Foreign Minister Franco Frattini met Hillary Clinton.", "2012-05-23", "flagged"),
    ("Dutch Foreign Minister Uri Rosenthal met Hillary Clinton.", "2011-03-10", "supported"),
])
def test_an_earlier_holder_right_and_wrong(checker, text, day, expected):
    assert outcome(checker, text, day) == expected


@pytest.mark.parametrize("text, day, expected", [
    # John Hutton took over Defence from Des Browne on 2008-10-03
    ("Defence Secretary John Hutton spoke in Basra.", "2008-10-03", "supported"),
    ("Defence Secretary John Hutton spoke in Basra.", "2008-10-02", "flagged"),
    ("Defence Secretary Des Browne spoke in Basra.", "2008-10-02", "supported"),
    ("Defence Secretary Des Browne spoke in Basra.", "2008-10-04", "flagged"),
    # Margaret Beckett's first day at the Foreign Office, 2006-05-05
    ("British Foreign Secretary Margaret Beckett arrived in Brussels.", "2006-05-05", "supported"),
    ("British Foreign Secretary Margaret Beckett arrived in Brussels.", "2006-05-04", "flagged"),
    # François Fillon's first day as prime minister, 2007-05-17
    ("Prime Minister François Fillon spoke in Paris.", "2007-05-17", "supported"),
    ("Prime Minister François Fillon spoke in Paris.", "2007-05-16", "flagged"),
    # the first day of a list's coverage: 1997-05-02 (Cook, Brown at the Treasury); the day before is not judged
    ("Foreign Secretary Robin Cook spoke.", "1997-05-02", "supported"),
    ("Foreign Secretary Robin Cook spoke.", "1997-05-01", "none"),
    ("Chancellor Gordon Brown spoke on Friday.", "1997-05-02", "supported"),
    ("Chancellor Gordon Brown spoke on Friday.", "1997-05-01", "none"),
    ("British Defence Secretary Geoff Hoon arrived in Kabul.", "1999-10-11", "supported"),
    ("British Defence Secretary Geoff Hoon arrived in Kabul.", "1999-10-10", "none"),
    # Gül left the Foreign Ministry for the presidency on 2007-08-28 (a gap), Babacan from the 29th
    ("Turkish Foreign Minister Abdullah Gül visited Washington.", "2007-08-27", "supported"),
    ("Turkish Foreign Minister Ali Babacan visited Washington.", "2007-08-28", "none"),
    ("Turkish Foreign Minister Ali Babacan visited Washington.", "2007-08-29", "supported"),
    ("Turkish Foreign Minister Abdullah Gül visited Washington.", "2007-08-30", "flagged"),
    # Medvedev's first day as president, 2008-05-07
    ("Russian President Dmitry Medvedev spoke in the Kremlin.", "2008-05-07", "supported"),
    ("Russian President Dmitry Medvedev spoke in the Kremlin.", "2008-05-06", "flagged"),
])
def test_a_handover_on_its_day_and_the_day_before(checker, text, day, expected):
    assert outcome(checker, text, day) == expected


@pytest.mark.parametrize("text, day", [
    # a handover day the sources give two ways is a gap: neither side is judged
    ("British Defence Secretary John Reid arrived in Kabul.", "2005-05-05"),
    ("French Prime Minister Lionel Jospin spoke.", "2002-05-06"),
    ("Foreign Secretary David Miliband spoke.", "2007-06-27"),
    # Monti held Foreign Affairs ad interim after Terzi resigned (not listed)
    ("Italian Foreign Minister Mario Monti met the Indian ambassador.", "2013-04-10"),
])
def test_uncertain_days_are_not_judged(checker, text, day):
    assert outcome(checker, text, day) == "none"


@pytest.mark.parametrize("text, day", [
    ("Fox News reported that Straw polls showed the Darling Buds on top. Mr Reid spoke.", "2005-06-01"),
    ("Labour's Ed Miliband said Miliband's brother David would not return.", "2015-03-01"),
    ("Ed Miliband, the energy secretary, said Miliband would publish the plan.", "2025-02-01"),
    ("Liz Cheney lost her primary; Cheney said she would fight on.", "2022-08-17"),
    # "Rasmussen" alone stays Anders Fogh Rasmussen's, who was no longer prime minister in 2016
    ("Danish Prime Minister Rasmussen met Merkel in Berlin on Monday.", "2016-05-09"),
    ("Senate President Ignazio La Russa opened the session.", "2023-10-12"),
])
def test_namesakes_and_other_offices_are_not_flagged(checker, text, day):
    assert outcome(checker, text, day) != "flagged"


@pytest.mark.parametrize("text, expected", [
    # a body led ("the alliance") is the person's office of an organisation, though the KB also
    # lists a state's office for them (Fogh Rasmussen and Stoltenberg were prime ministers)
    ("Anders Fogh Rasmussen, who led the alliance from 2009 to 2014, urged allies to arm Ukraine.", "supported"),
    ("Anders Fogh Rasmussen, who led the alliance from 2009 to 2016, urged allies to arm Ukraine.", "flagged"),
    ("Jens Stoltenberg, who led the alliance from 2014 to 2024, urged allies to arm Ukraine.", "supported"),
    ("Jens Stoltenberg, who led the alliance from 2012 to 2024, urged allies to arm Ukraine.", "flagged"),
])
def test_who_led_the_alliance_of_a_former_prime_minister(checker, text, expected):
    assert outcome(checker, text, "2025-05-01") == expected
