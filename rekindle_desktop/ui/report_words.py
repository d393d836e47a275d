"""The counsellor report's and the readable copy's words, marked for translators.

services/report.py, services/report_html.py and services/readable_copy.py write them as
English templates and fill them in through a `Words` (domain/words.py); the window's looks
each template up in the "ServiceWords" context. Each is marked here once, exactly as
written there, so lupdate lists it; tests/gui/test_report_words.py fails when one is not.
"""

from __future__ import annotations

from rekindle_desktop.ui.i18n import QT_TRANSLATE_NOOP

REPORT_WORDS = frozenset(
    {
        # services/report.py
        QT_TRANSLATE_NOOP("ServiceWords", "Rekindle: a report for a counselling session"),
        QT_TRANSLATE_NOOP("ServiceWords", "Consistency over time"),
        QT_TRANSLATE_NOOP("ServiceWords", "How plans and promises turned out"),
        QT_TRANSLATE_NOOP("ServiceWords", "The transparency agreement"),
        QT_TRANSLATE_NOOP("ServiceWords", "Selected entries"),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "The chosen days end before this record begins, on {day}.",
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "Choose a last day on or after {day}."),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "What this is: a summary of your partner's shared timeline, as you accepted "
            "it from {first} to {last}, made on request on {made}. It is meant to be read "
            "together, for example with a counsellor. Every entry was written by hand by "
            "the person sharing; nothing was recorded automatically.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "What it can and cannot prove: An intact log shows that entries were not "
            "changed after they were shared. It cannot show that they are true. Each "
            "entry keeps both when it happened and when it was written down; entries "
            "written long afterwards are marked.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "What this is: a summary of your own journal from {first} to {last}, made on "
            "request on {made}. It is meant to be read together, for example with a "
            "counsellor. Every entry was written by hand by the person sharing; nothing "
            "was recorded automatically.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "What it can and cannot prove: An intact log shows that entries were not "
            "changed after they were shared. It cannot show that they are true. Only "
            "entries already shared in a timeline file are covered by that check. Each "
            "entry keeps both when it happened and when it was written down; entries "
            "written long afterwards are marked.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Private entries are never included. Outcomes not yet confirmed are neutral "
            "and never counted as a miss, and paused days do not count either way.",
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "There is no trend yet: nothing has an outcome."),
        QT_TRANSLATE_NOOP("ServiceWords", "ends on {day}"),
        # services/report.py: the markers beside an entry (domain.timeline.Marker)
        QT_TRANSLATE_NOOP("ServiceWords", "logged late"),
        QT_TRANSLATE_NOOP("ServiceWords", "corrected"),
        QT_TRANSLATE_NOOP("ServiceWords", "withdrawn"),
        QT_TRANSLATE_NOOP("ServiceWords", "paused"),
        QT_TRANSLATE_NOOP("ServiceWords", "new since your last review"),
        QT_TRANSLATE_NOOP("ServiceWords", "recorded after your last review"),
        QT_TRANSLATE_NOOP("ServiceWords", "told early"),
        # services/report_html.py. "en" is report_html.LANGUAGE, for <html lang>: its
        # translation is the catalogue's own language code ("de").
        QT_TRANSLATE_NOOP("ServiceWords", "en"),
        QT_TRANSLATE_NOOP("ServiceWords", "plans"),
        QT_TRANSLATE_NOOP("ServiceWords", "check-ins"),
        QT_TRANSLATE_NOOP("ServiceWords", "promises"),
        QT_TRANSLATE_NOOP("ServiceWords", "disclosures"),
        QT_TRANSLATE_NOOP("ServiceWords", "appreciations"),
        QT_TRANSLATE_NOOP("ServiceWords", "notes"),
        QT_TRANSLATE_NOOP("ServiceWords", "outcomes"),
        QT_TRANSLATE_NOOP("ServiceWords", "corrections"),
        QT_TRANSLATE_NOOP("ServiceWords", "withdrawals"),
        QT_TRANSLATE_NOOP("ServiceWords", "pauses"),
        QT_TRANSLATE_NOOP("ServiceWords", "agreements"),
        QT_TRANSLATE_NOOP("ServiceWords", "endings of sharing"),
        QT_TRANSLATE_NOOP("ServiceWords", "contact disclosures"),
        QT_TRANSLATE_NOOP("ServiceWords", "answers"),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Your partner's shared timeline, as you accepted it: {first} to {last}",
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "Your own journal: {first} to {last}"),
        QT_TRANSLATE_NOOP("ServiceWords", "Week from"),
        QT_TRANSLATE_NOOP("ServiceWords", "Kept of resolved"),
        QT_TRANSLATE_NOOP("ServiceWords", "Share kept"),
        QT_TRANSLATE_NOOP("ServiceWords", "Trend at week's end"),
        QT_TRANSLATE_NOOP("ServiceWords", "Paused days"),
        QT_TRANSLATE_NOOP("ServiceWords", "{percent}%"),
        QT_TRANSLATE_NOOP("ServiceWords", "{kept} of {resolved}"),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "{resolved} of the plans and promise days in this range have an outcome; too "
            "few for a share to mean much, so each is counted below.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "{kept} of {resolved} resolved plans and promise days were kept ({percent}%). "
            "Changes made with notice count as kept.",
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "Nothing in this range has an outcome yet."),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "{count} days in this range were paused and are not counted.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "A miss that the sharer reported themselves is honesty, not something hidden.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "No agreement had been written by the end of this range.",
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "Version {version}, from {day}."),
        QT_TRANSLATE_NOOP("ServiceWords", "every {count} days"),
        QT_TRANSLATE_NOOP("ServiceWords", "What is shared"),
        QT_TRANSLATE_NOOP("ServiceWords", "nothing chosen"),
        QT_TRANSLATE_NOOP("ServiceWords", "Check-in talks"),
        QT_TRANSLATE_NOOP("ServiceWords", "Look at it again on"),
        QT_TRANSLATE_NOOP("ServiceWords", "Boundaries"),
        QT_TRANSLATE_NOOP("ServiceWords", "version {version} ({day})"),
        QT_TRANSLATE_NOOP("ServiceWords", "Earlier versions: {versions}."),
        QT_TRANSLATE_NOOP("ServiceWords", "Chosen kinds: {kinds}."),
        QT_TRANSLATE_NOOP("ServiceWords", "Chosen kinds: none."),
        QT_TRANSLATE_NOOP("ServiceWords", "No entries of these kinds in this range."),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "… and {count} more. Choose a shorter range to see them all.",
        ),
        # services/readable_copy.py
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "This copy is not encrypted. Anyone who can open these files can read every "
            "word in them. Keep them somewhere only you can reach, and delete them when "
            "you no longer need them.",
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "{folder} is a file, not a folder."),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "{folder} already holds {first} and {second}, and it isn't an earlier "
            "readable copy of this journal, so nothing was written.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "{folder} already holds {first}, and it isn't an earlier readable copy of "
            "this journal, so nothing was written.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "The readable copy could not be written to {folder} ({reason}). The earlier "
            "copy there is unchanged.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "The readable copy could not be written to {folder} ({reason}).",
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "Your Rekindle journal: a readable copy"),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Private entries are included, as you chose: they are marked “private”.",
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "Private entries are not included."),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "What it holds: every entry of this journal, {count} in all, day by day, in "
            "the order things happened: plans, check-ins, promises, disclosures, "
            "appreciation, notes, pauses and agreements. Corrections, withdrawals and "
            "outcomes are shown beside what they change.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "The same entries, exactly as the journal holds them, are in {file} next to "
            "this page. This is not a timeline file: your partner's Rekindle cannot open "
            "it, and nothing here can be checked as unchanged.",
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "Made on {day}, at {time}."),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "What it does not hold: a partner's timeline you accepted in review mode, "
            "notes kept in review mode, check-in agendas and ratings. Numbers such as #12 "
            "are the journal's own.",
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "No entries yet"),
        QT_TRANSLATE_NOOP("ServiceWords", "This journal has no entries of its own yet."),
        QT_TRANSLATE_NOOP("ServiceWords", "{start} to {end}"),
        QT_TRANSLATE_NOOP("ServiceWords", "{start_day}, {start} to {end_day}, {end}"),
        QT_TRANSLATE_NOOP("ServiceWords", "Boundaries:"),
        QT_TRANSLATE_NOOP("ServiceWords", "written {day}, {time}"),
        QT_TRANSLATE_NOOP("ServiceWords", "about #{entry}, the day {day}"),
        QT_TRANSLATE_NOOP("ServiceWords", "about #{entry}"),
        QT_TRANSLATE_NOOP("ServiceWords", "private"),
        QT_TRANSLATE_NOOP("ServiceWords", "corrected by {entries}"),
        QT_TRANSLATE_NOOP("ServiceWords", "withdrawn by #{entry}"),
    }
)

# The trend's explanation in the report (services/report.py, as domain.consistency.explain
# says it): the window's own words for it are in "DomainWords" (ui/domain_words.py), and
# the report takes the same translation.
REPORT_DOMAIN_WORDS = frozenset(
    {
        QT_TRANSLATE_NOOP(
            "DomainWords",
            "The trend is at {score} out of 100. Each commitment that is resolved moves it "
            "{share}% of the way toward kept or not kept, so one miss would bring it to about "
            "{after_miss}, while a pattern moves it a lot. Changes made with notice count as "
            "kept. Paused days and unconfirmed outcomes don't count. Healing isn't a straight "
            "line.",
        ),
    }
)
