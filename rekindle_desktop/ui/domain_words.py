"""The domain's own words (kind names, outcomes, day states, feelings), in the window's
language.

domain/ speaks plain English and knows nothing of Qt: `EntryKind.PLAN.label` is "Plan",
`Outcome.NOT_KEPT.label` is "not kept". The window translates those words only where it
shows them, through this module. Each word is marked here once, in the "DomainWords"
context, so lupdate lists it for translators; tests/gui/test_domain_words.py fails when
domain/ gains a word that is not marked here.
"""

from __future__ import annotations

from rekindle_desktop.domain.consistency import SMOOTHING, Tally, step
from rekindle_desktop.domain.entries import EntryKind, Outcome
from rekindle_desktop.domain.feelings import Feeling
from rekindle_desktop.domain.insights import FEW_OUTCOMES, DayCell, DayState
from rekindle_desktop.ui.i18n import QT_TRANSLATE_NOOP, short_day_words, translate

# Every word domain/ gives as a label, exactly as domain/ writes it.
DOMAIN_WORDS = frozenset(
    {
        # EntryKind.label
        QT_TRANSLATE_NOOP("DomainWords", "Plan"),
        QT_TRANSLATE_NOOP("DomainWords", "Check-in"),
        QT_TRANSLATE_NOOP("DomainWords", "Promise"),
        QT_TRANSLATE_NOOP("DomainWords", "Disclosure"),
        QT_TRANSLATE_NOOP("DomainWords", "Appreciation"),
        QT_TRANSLATE_NOOP("DomainWords", "Note"),
        QT_TRANSLATE_NOOP("DomainWords", "Outcome"),
        QT_TRANSLATE_NOOP("DomainWords", "Correction"),
        QT_TRANSLATE_NOOP("DomainWords", "Withdrawn"),
        QT_TRANSLATE_NOOP("DomainWords", "Pause"),
        QT_TRANSLATE_NOOP("DomainWords", "Agreement"),
        QT_TRANSLATE_NOOP("DomainWords", "Sharing ended"),
        QT_TRANSLATE_NOOP("DomainWords", "Contact disclosure"),
        QT_TRANSLATE_NOOP("DomainWords", "Answer"),
        # Outcome.label
        QT_TRANSLATE_NOOP("DomainWords", "kept as said"),
        QT_TRANSLATE_NOOP("DomainWords", "changed, with notice beforehand"),
        QT_TRANSLATE_NOOP("DomainWords", "changed, told afterwards"),
        QT_TRANSLATE_NOOP("DomainWords", "not kept"),
        QT_TRANSLATE_NOOP("DomainWords", "not yet confirmed"),
        # DayState.label (the rest are outcome words above)
        QT_TRANSLATE_NOOP("DomainWords", "changed, with notice"),
        QT_TRANSLATE_NOOP("DomainWords", "partly kept"),
        QT_TRANSLATE_NOOP("DomainWords", "paused"),
        QT_TRANSLATE_NOOP("DomainWords", "nothing due"),
        # Feeling.label
        QT_TRANSLATE_NOOP("DomainWords", "Safety"),
        QT_TRANSLATE_NOOP("DomainWords", "Trust"),
        QT_TRANSLATE_NOOP("DomainWords", "Connection"),
    }
)

# Templates domain/ puts together with values, given to `words.text` (domain/words.py):
# the window's `Words` looks them up here. tests/unit/test_domain_templates_marked.py
# fails on one that is not marked.
DOMAIN_TEMPLATES = frozenset(
    {
        # domain/timeline.py
        QT_TRANSLATE_NOOP("DomainWords", "written {day}, {time}"),
        QT_TRANSLATE_NOOP("DomainWords", "Plan at {place}"),
        QT_TRANSLATE_NOOP(
            "DomainWords",
            "Version {version}: check-in talks every {days} days, look again on {day}",
        ),
        QT_TRANSLATE_NOOP("DomainWords", "Nothing more is shared after this"),
        QT_TRANSLATE_NOOP("DomainWords", "until {day}"),
        QT_TRANSLATE_NOOP("DomainWords", "To talk about at our next check-in"),
        QT_TRANSLATE_NOOP("DomainWords", "About: check-in conversation"),
        QT_TRANSLATE_NOOP("DomainWords", "About: counselling"),
        QT_TRANSLATE_NOOP("DomainWords", "About: other"),
        QT_TRANSLATE_NOOP("DomainWords", "Told {within}"),
        QT_TRANSLATE_NOOP("DomainWords", "Corrected to: {title}"),
        QT_TRANSLATE_NOOP("DomainWords", "Outcome withdrawn"),
        QT_TRANSLATE_NOOP("DomainWords", "Correction withdrawn"),
        # domain/entries.py
        QT_TRANSLATE_NOOP("DomainWords", "at {place}"),
        QT_TRANSLATE_NOOP("DomainWords", "with {who}"),
        QT_TRANSLATE_NOOP("DomainWords", "Now at {place}"),
        QT_TRANSLATE_NOOP("DomainWords", "Corrected: {what}"),
        QT_TRANSLATE_NOOP("DomainWords", "Paused {first} to {last}"),
        QT_TRANSLATE_NOOP("DomainWords", "Paused {first} to {last}: {reason}"),
        QT_TRANSLATE_NOOP(
            "DomainWords",
            "Agreement v{version}: check-ins every {days} days, review on {review}, "
            "ends on {end} unless renewed",
        ),
        QT_TRANSLATE_NOOP(
            "DomainWords", "Agreement v{version}: check-ins every {days} days, review on {review}"
        ),
        QT_TRANSLATE_NOOP("DomainWords", "Sharing has ended: {words}"),
        QT_TRANSLATE_NOOP("DomainWords", "Sharing has ended."),
        QT_TRANSLATE_NOOP("DomainWords", "I was contacted by {text}"),
        QT_TRANSLATE_NOOP("DomainWords", "I ran into {text}"),
        QT_TRANSLATE_NOOP("DomainWords", "I got in touch with {text}"),
        # domain/changes.py
        QT_TRANSLATE_NOOP("DomainWords", "the place"),
        QT_TRANSLATE_NOOP("DomainWords", "Changed what kind of entry it is"),
        QT_TRANSLATE_NOOP("DomainWords", "Nothing it says has changed"),
        QT_TRANSLATE_NOOP("DomainWords", "Changed {changes}"),
        QT_TRANSLATE_NOOP("DomainWords", "what it was for"),
        QT_TRANSLATE_NOOP("DomainWords", "the start"),
        QT_TRANSLATE_NOOP("DomainWords", "the end"),
        QT_TRANSLATE_NOOP("DomainWords", "who with"),
        QT_TRANSLATE_NOOP("DomainWords", "the note"),
        QT_TRANSLATE_NOOP("DomainWords", "the promise"),
        QT_TRANSLATE_NOOP("DomainWords", "when"),
        QT_TRANSLATE_NOOP("DomainWords", "how"),
        QT_TRANSLATE_NOOP("DomainWords", "the words"),
        QT_TRANSLATE_NOOP("DomainWords", "what it is about"),
        QT_TRANSLATE_NOOP("DomainWords", "contacted"),
        QT_TRANSLATE_NOOP("DomainWords", "ran-into"),
        QT_TRANSLATE_NOOP("DomainWords", "got-in-touch"),
        QT_TRANSLATE_NOOP("DomainWords", "check-in conversation"),
        QT_TRANSLATE_NOOP("DomainWords", "counselling"),
        QT_TRANSLATE_NOOP("DomainWords", "other"),
        QT_TRANSLATE_NOOP("DomainWords", "{name} (added: {new})"),
        QT_TRANSLATE_NOOP("DomainWords", "{name} (added)"),
        QT_TRANSLATE_NOOP("DomainWords", "{name} (taken out)"),
        QT_TRANSLATE_NOOP("DomainWords", "{name} from {old} to {new}"),
        QT_TRANSLATE_NOOP("DomainWords", "{some} and {last}"),
        # domain/recurrence.py
        QT_TRANSLATE_NOOP("DomainWords", "Mon"),
        QT_TRANSLATE_NOOP("DomainWords", "Tue"),
        QT_TRANSLATE_NOOP("DomainWords", "Wed"),
        QT_TRANSLATE_NOOP("DomainWords", "Thu"),
        QT_TRANSLATE_NOOP("DomainWords", "Fri"),
        QT_TRANSLATE_NOOP("DomainWords", "Sat"),
        QT_TRANSLATE_NOOP("DomainWords", "Sun"),
        QT_TRANSLATE_NOOP("DomainWords", "by {day}"),
        QT_TRANSLATE_NOOP("DomainWords", "every day"),
        QT_TRANSLATE_NOOP("DomainWords", "every weekday"),
        QT_TRANSLATE_NOOP("DomainWords", "every {days}"),
        QT_TRANSLATE_NOOP("DomainWords", "every {count} days"),
        QT_TRANSLATE_NOOP("DomainWords", "{repeat} from {first}"),
        QT_TRANSLATE_NOOP("DomainWords", "{repeat} from {first} until {last}"),
        # domain/voice.py
        QT_TRANSLATE_NOOP("DomainWords", "straight away"),
        QT_TRANSLATE_NOOP("DomainWords", "within an hour"),
        QT_TRANSLATE_NOOP("DomainWords", "within {hours} hours"),
        QT_TRANSLATE_NOOP("DomainWords", "within {days} days"),
        QT_TRANSLATE_NOOP("DomainWords", "after {weeks} weeks"),
        # domain/reminders.py
        QT_TRANSLATE_NOOP("DomainWords", "A plan has ended"),
        QT_TRANSLATE_NOOP("DomainWords", "How did it go? Rekindle is ready when you are."),
        QT_TRANSLATE_NOOP("DomainWords", "A promise is due today"),
        QT_TRANSLATE_NOOP("DomainWords", "When you're ready, say how it went."),
        QT_TRANSLATE_NOOP("DomainWords", "A check-in talk is near"),
        QT_TRANSLATE_NOOP("DomainWords", "Your agenda and some gentle prompts are in Rekindle."),
        QT_TRANSLATE_NOOP("DomainWords", "Your agreement is up for review"),
        QT_TRANSLATE_NOOP(
            "DomainWords", "A good conversation to have together, when you're both ready."
        ),
        # domain/passphrase.py
        QT_TRANSLATE_NOOP("DomainWords", "Very weak"),
        QT_TRANSLATE_NOOP("DomainWords", "Weak"),
        QT_TRANSLATE_NOOP("DomainWords", "Fair"),
        QT_TRANSLATE_NOOP("DomainWords", "Strong"),
        QT_TRANSLATE_NOOP("DomainWords", "Very strong"),
        QT_TRANSLATE_NOOP("DomainWords", "Choose a passphrase only you know."),
        QT_TRANSLATE_NOOP(
            "DomainWords", "Use at least {count} characters. A few unrelated words work well."
        ),
        QT_TRANSLATE_NOOP(
            "DomainWords", "This would be easy to guess. Add another unrelated word or two."
        ),
        QT_TRANSLATE_NOOP(
            "DomainWords", "Good. Keep it somewhere only you can reach, or remember it."
        ),
    }
)

# zxcvbn's own advice while a passphrase is chosen (domain/passphrase.py shows its warning
# or first suggestion): a fixed set of sentences, all of those in zxcvbn/feedback.py.
ZXCVBN_ADVICE = frozenset(
    {
        QT_TRANSLATE_NOOP("DomainWords", "Add another word or two. Uncommon words are better."),
        QT_TRANSLATE_NOOP("DomainWords", "Capitalization doesn't help very much."),
        QT_TRANSLATE_NOOP("DomainWords", "Reversed words aren't much harder to guess."),
        QT_TRANSLATE_NOOP(
            "DomainWords", "Predictable substitutions like '@' instead of 'a' don't help very much."
        ),
        QT_TRANSLATE_NOOP("DomainWords", "Use a few words, avoid common phrases."),
        QT_TRANSLATE_NOOP("DomainWords", "No need for symbols, digits, or uppercase letters."),
        QT_TRANSLATE_NOOP("DomainWords", "Straight rows of keys are easy to guess."),
        QT_TRANSLATE_NOOP("DomainWords", "Short keyboard patterns are easy to guess."),
        QT_TRANSLATE_NOOP("DomainWords", "This is a top-10 common password."),
        QT_TRANSLATE_NOOP("DomainWords", "This is similar to a commonly used password."),
        QT_TRANSLATE_NOOP("DomainWords", "A word by itself is easy to guess."),
        QT_TRANSLATE_NOOP(
            "DomainWords", "All-uppercase is almost as easy to guess as all-lowercase."
        ),
        QT_TRANSLATE_NOOP("DomainWords", "Use a longer keyboard pattern with more turns."),
        QT_TRANSLATE_NOOP("DomainWords", 'Repeats like "aaa" are easy to guess.'),
        QT_TRANSLATE_NOOP(
            "DomainWords", 'Repeats like "abcabcabc" are only slightly harder to guess than "abc".'
        ),
        QT_TRANSLATE_NOOP("DomainWords", "This is a top-100 common password."),
        QT_TRANSLATE_NOOP("DomainWords", "This is a very common password."),
        QT_TRANSLATE_NOOP("DomainWords", "Names and surnames by themselves are easy to guess."),
        QT_TRANSLATE_NOOP("DomainWords", "Common names and surnames are easy to guess."),
        QT_TRANSLATE_NOOP("DomainWords", "Avoid repeated words and characters."),
        QT_TRANSLATE_NOOP("DomainWords", 'Sequences like "abc" or "6543" are easy to guess.'),
        QT_TRANSLATE_NOOP("DomainWords", "Avoid sequences."),
        QT_TRANSLATE_NOOP("DomainWords", "Recent years are easy to guess."),
        QT_TRANSLATE_NOOP("DomainWords", "Dates are often easy to guess."),
        QT_TRANSLATE_NOOP("DomainWords", "Avoid recent years."),
        QT_TRANSLATE_NOOP("DomainWords", "Avoid years that are associated with you."),
        QT_TRANSLATE_NOOP("DomainWords", "Avoid dates and years that are associated with you."),
    }
)

# The check-in page's prompts and its note on listening (domain/check_ins.py), shown
# as they are: tests/gui/test_domain_words.py checks each is marked.
CHECK_IN_PROMPTS = frozenset(
    {
        QT_TRANSLATE_NOOP(
            "DomainWords",
            "Take turns. The one listening tries to understand before answering, and doesn't "
            "defend. Either of you can pause the talk and come back to it later.",
        ),
        QT_TRANSLATE_NOOP("DomainWords", "What went well"),
        QT_TRANSLATE_NOOP(
            "DomainWords", "What is one moment from these days that felt like us again?"
        ),
        QT_TRANSLATE_NOOP("DomainWords", "Which promise felt easiest to keep, and why?"),
        QT_TRANSLATE_NOOP("DomainWords", "What was hard"),
        QT_TRANSLATE_NOOP(
            "DomainWords", "When did you feel unsure or unsettled? What helped, or would have?"
        ),
        QT_TRANSLATE_NOOP(
            "DomainWords", "Was there a time a plan changed? How did it feel to hear about it?"
        ),
        QT_TRANSLATE_NOOP("DomainWords", "Concerns"),
        QT_TRANSLATE_NOOP(
            "DomainWords", "Is there something you have been holding back from saying?"
        ),
        QT_TRANSLATE_NOOP(
            "DomainWords", "What would you like more clarity about before the next check-in?"
        ),
        QT_TRANSLATE_NOOP("DomainWords", "Appreciation"),
        QT_TRANSLATE_NOOP("DomainWords", "What did the other do that you noticed and appreciated?"),
        QT_TRANSLATE_NOOP("DomainWords", "What small gesture would mean a lot this week?"),
        QT_TRANSLATE_NOOP("DomainWords", "Boundaries to revisit"),
        QT_TRANSLATE_NOOP(
            "DomainWords", "Does anything in the agreement feel too tight, or too loose, now?"
        ),
        QT_TRANSLATE_NOOP("DomainWords", "Is there a boundary that needs saying again, calmly?"),
        QT_TRANSLATE_NOOP("DomainWords", "Next goals"),
        QT_TRANSLATE_NOOP(
            "DomainWords", "What is one thing each of you would like to try before the next talk?"
        ),
        QT_TRANSLATE_NOOP(
            "DomainWords", "Is it time to talk about counselling, or about how it is going?"
        ),
    }
)

# The domain's refusals (InvalidEntry, InvalidVoice), each whole sentence with its
# {fields}: the window says them in its language, in the "ServiceWords" context where the
# rest of its messages are (ui/service_words.py, which also marks the domain's refusals
# that have no fields).
DOMAIN_REFUSALS = frozenset(
    {
        # domain/entries.py
        QT_TRANSLATE_NOOP("ServiceWords", "An agreement can hold up to {count} steps."),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "{day} is too far from today. Dates between {earliest} and {latest} are possible.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "The place is very long; please keep it under {limit} characters."
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "The place holds a broken character; please type that part again."
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "Please fill in the place."),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "The who with is very long; please keep it under {limit} characters."
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "The who with holds a broken character; please type that part again."
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "The explanation is very long; please keep it under {limit} characters."
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "The explanation holds a broken character; please type that part again."
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "The reason is very long; please keep it under {limit} characters."
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "The reason holds a broken character; please type that part again."
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "The step is very long; please keep it under {limit} characters."
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "The step holds a broken character; please type that part again."
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "Please fill in the step."),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "The what for is longer than {limit:,} characters; please split it."
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "The what for holds a broken character; please type that part again."
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "The note is longer than {limit:,} characters; please split it."
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "The note holds a broken character; please type that part again."
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "The note is empty. Write a few words, then save."),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "The promise is longer than {limit:,} characters; please split it."
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "The promise holds a broken character; please type that part again."
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "The promise is empty. Write a few words, then save."),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "The boundaries are longer than {limit:,} characters; please split them.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "The boundaries hold a broken character; please type that part again."
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "Your words are longer than {limit:,} characters; please split them."
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "Your words hold a broken character; please type that part again."
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "The contact is longer than {limit:,} characters; please split it."
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "The contact holds a broken character; please type that part again."
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "The contact is empty. Write a few words, then save."),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "The answer is longer than {limit:,} characters; please split it."
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "The answer holds a broken character; please type that part again."
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "The answer is empty. Write a few words, then save."),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "The disclosure is longer than {limit:,} characters; please split it."
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "The disclosure holds a broken character; please type that part again."
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "The disclosure is empty. Write a few words, then save."),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "The appreciation is longer than {limit:,} characters; please split it."
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "The appreciation holds a broken character; please type that part again.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "The appreciation is empty. Write a few words, then save."
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "A plan cannot hold that kind of content."),
        QT_TRANSLATE_NOOP("ServiceWords", "A check-in cannot hold that kind of content."),
        QT_TRANSLATE_NOOP("ServiceWords", "A promise cannot hold that kind of content."),
        QT_TRANSLATE_NOOP("ServiceWords", "A disclosure cannot hold that kind of content."),
        QT_TRANSLATE_NOOP("ServiceWords", "A appreciation cannot hold that kind of content."),
        QT_TRANSLATE_NOOP("ServiceWords", "A note cannot hold that kind of content."),
        QT_TRANSLATE_NOOP("ServiceWords", "A outcome cannot hold that kind of content."),
        QT_TRANSLATE_NOOP("ServiceWords", "A correction cannot hold that kind of content."),
        QT_TRANSLATE_NOOP("ServiceWords", "A withdrawn cannot hold that kind of content."),
        QT_TRANSLATE_NOOP("ServiceWords", "A pause cannot hold that kind of content."),
        QT_TRANSLATE_NOOP("ServiceWords", "A agreement cannot hold that kind of content."),
        QT_TRANSLATE_NOOP("ServiceWords", "A sharing ended cannot hold that kind of content."),
        QT_TRANSLATE_NOOP("ServiceWords", "A contact disclosure cannot hold that kind of content."),
        QT_TRANSLATE_NOOP("ServiceWords", "A answer cannot hold that kind of content."),
        QT_TRANSLATE_NOOP("ServiceWords", "A stored plan entry could not be read."),
        QT_TRANSLATE_NOOP("ServiceWords", "A stored check-in entry could not be read."),
        QT_TRANSLATE_NOOP("ServiceWords", "A stored promise entry could not be read."),
        QT_TRANSLATE_NOOP("ServiceWords", "A stored disclosure entry could not be read."),
        QT_TRANSLATE_NOOP("ServiceWords", "A stored appreciation entry could not be read."),
        QT_TRANSLATE_NOOP("ServiceWords", "A stored note entry could not be read."),
        QT_TRANSLATE_NOOP("ServiceWords", "A stored outcome entry could not be read."),
        QT_TRANSLATE_NOOP("ServiceWords", "A stored amend entry could not be read."),
        QT_TRANSLATE_NOOP("ServiceWords", "A stored retract entry could not be read."),
        QT_TRANSLATE_NOOP("ServiceWords", "A stored pause entry could not be read."),
        QT_TRANSLATE_NOOP("ServiceWords", "A stored agreement entry could not be read."),
        QT_TRANSLATE_NOOP("ServiceWords", "A stored ending entry could not be read."),
        QT_TRANSLATE_NOOP("ServiceWords", "A stored contact entry could not be read."),
        QT_TRANSLATE_NOOP("ServiceWords", "A stored answer entry could not be read."),
        # domain/recurrence.py's Rule, as ui/entry_forms.py says its refusals
        QT_TRANSLATE_NOOP("ServiceWords", "A promise cannot end before it starts."),
        QT_TRANSLATE_NOOP("ServiceWords", "Choose at least one day of the week."),
        # domain/voice.py
        QT_TRANSLATE_NOOP("ServiceWords", "Write a few words for the moment first."),
        QT_TRANSLATE_NOOP("ServiceWords", "Write a few words for the request first."),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "The moment is longer than {limit:,} characters; please keep it shorter.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "The request is longer than {limit:,} characters; please keep it shorter.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "The moment holds a broken character; please type it again."
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "The request holds a broken character; please type it again."
        ),
    }
)


# A kind's name for many of them ("What is shared: Plans, Check-ins, …").
KIND_PLURALS = {
    EntryKind.PLAN: QT_TRANSLATE_NOOP("DomainWords", "Plans"),
    EntryKind.CHECK_IN: QT_TRANSLATE_NOOP("DomainWords", "Check-ins"),
    EntryKind.PROMISE: QT_TRANSLATE_NOOP("DomainWords", "Promises"),
    EntryKind.DISCLOSURE: QT_TRANSLATE_NOOP("DomainWords", "Disclosures"),
    EntryKind.APPRECIATION: QT_TRANSLATE_NOOP("DomainWords", "Appreciations"),
    EntryKind.NOTE: QT_TRANSLATE_NOOP("DomainWords", "Notes"),
    EntryKind.OUTCOME: QT_TRANSLATE_NOOP("DomainWords", "Outcomes"),
    EntryKind.AMEND: QT_TRANSLATE_NOOP("DomainWords", "Corrections"),
    EntryKind.RETRACT: QT_TRANSLATE_NOOP("DomainWords", "Withdrawals"),
    EntryKind.PAUSE: QT_TRANSLATE_NOOP("DomainWords", "Pauses"),
    EntryKind.AGREEMENT: QT_TRANSLATE_NOOP("DomainWords", "Agreements"),
    EntryKind.ENDING: QT_TRANSLATE_NOOP("DomainWords", "Endings of sharing"),
    EntryKind.CONTACT: QT_TRANSLATE_NOOP("DomainWords", "Contact disclosures"),
    EntryKind.ANSWER: QT_TRANSLATE_NOOP("DomainWords", "Answers"),
}

# How many of a kind, one and more ("In it: 3 plans, 1 check-in").
KIND_COUNTS = {
    EntryKind.PLAN: (
        QT_TRANSLATE_NOOP("DomainWords", "1 plan"),
        QT_TRANSLATE_NOOP("DomainWords", "{count} plans"),
    ),
    EntryKind.CHECK_IN: (
        QT_TRANSLATE_NOOP("DomainWords", "1 check-in"),
        QT_TRANSLATE_NOOP("DomainWords", "{count} check-ins"),
    ),
    EntryKind.PROMISE: (
        QT_TRANSLATE_NOOP("DomainWords", "1 promise"),
        QT_TRANSLATE_NOOP("DomainWords", "{count} promises"),
    ),
    EntryKind.DISCLOSURE: (
        QT_TRANSLATE_NOOP("DomainWords", "1 disclosure"),
        QT_TRANSLATE_NOOP("DomainWords", "{count} disclosures"),
    ),
    EntryKind.APPRECIATION: (
        QT_TRANSLATE_NOOP("DomainWords", "1 appreciation"),
        QT_TRANSLATE_NOOP("DomainWords", "{count} appreciations"),
    ),
    EntryKind.NOTE: (
        QT_TRANSLATE_NOOP("DomainWords", "1 note"),
        QT_TRANSLATE_NOOP("DomainWords", "{count} notes"),
    ),
    EntryKind.OUTCOME: (
        QT_TRANSLATE_NOOP("DomainWords", "1 outcome"),
        QT_TRANSLATE_NOOP("DomainWords", "{count} outcomes"),
    ),
    EntryKind.AMEND: (
        QT_TRANSLATE_NOOP("DomainWords", "1 correction"),
        QT_TRANSLATE_NOOP("DomainWords", "{count} corrections"),
    ),
    EntryKind.RETRACT: (
        QT_TRANSLATE_NOOP("DomainWords", "1 withdrawal"),
        QT_TRANSLATE_NOOP("DomainWords", "{count} withdrawals"),
    ),
    EntryKind.PAUSE: (
        QT_TRANSLATE_NOOP("DomainWords", "1 pause"),
        QT_TRANSLATE_NOOP("DomainWords", "{count} pauses"),
    ),
    EntryKind.AGREEMENT: (
        QT_TRANSLATE_NOOP("DomainWords", "1 agreement"),
        QT_TRANSLATE_NOOP("DomainWords", "{count} agreements"),
    ),
    EntryKind.ENDING: (
        QT_TRANSLATE_NOOP("DomainWords", "1 ending of sharing"),
        QT_TRANSLATE_NOOP("DomainWords", "{count} endings of sharing"),
    ),
    EntryKind.CONTACT: (
        QT_TRANSLATE_NOOP("DomainWords", "1 contact disclosure"),
        QT_TRANSLATE_NOOP("DomainWords", "{count} contact disclosures"),
    ),
    EntryKind.ANSWER: (
        QT_TRANSLATE_NOOP("DomainWords", "1 answer"),
        QT_TRANSLATE_NOOP("DomainWords", "{count} answers"),
    ),
}


def domain_word(word: str) -> str:
    """A word domain/ gave (a label), in the window's language; as written if unknown."""
    return translate("DomainWords", word)


def kind_name(kind: EntryKind) -> str:
    return domain_word(kind.label)


def kind_plural(kind: EntryKind) -> str:
    return translate("DomainWords", KIND_PLURALS[kind])


def kind_count(kind: EntryKind, count: int) -> str:
    one, many = KIND_COUNTS[kind]
    return (
        translate("DomainWords", one)
        if count == 1
        else translate("DomainWords", many).format(count=count)
    )


def outcome_name(outcome: Outcome) -> str:
    return domain_word(outcome.label)


def day_state_name(state: DayState) -> str:
    return domain_word(state.label)


def feeling_name(feeling: Feeling) -> str:
    return domain_word(feeling.label)


def day_cell_said(cell: DayCell) -> str:
    """A day of the calendar in words, as DayCell.describe() says it in English:
    "Tue 4 Nov: partly kept (3 of 4 kept)"."""
    words = translate("DomainWords", "{day}: {state}").format(
        day=short_day_words(cell.day), state=day_state_name(cell.state)
    )
    if cell.state in (DayState.PAUSED, DayState.NOTHING_DUE):
        return words
    counts = []
    if cell.tally.resolved:
        counts.append(
            translate("DomainWords", "{kept} of {resolved} kept").format(
                kept=cell.tally.kept, resolved=cell.tally.resolved
            )
        )
    if cell.tally.unconfirmed:
        counts.append(
            translate("DomainWords", "{count} not yet confirmed").format(
                count=cell.tally.unconfirmed
            )
        )
    return words + (f" ({', '.join(counts)})" if counts else "")


def outcomes_said(tally: Tally) -> str:
    """A week's outcomes named one by one, as domain.insights.outcomes_in_words says them
    in English: "2 kept as said; 1 changed, told afterwards"."""
    words = "; ".join(
        translate("DomainWords", "{count} {outcome}").format(count=n, outcome=outcome_name(outcome))
        for outcome, n in tally.counts().items()
        if n
    )
    if tally.resolved >= FEW_OUTCOMES and tally.ratio is not None:
        words += translate(
            "DomainWords", " ({kept} of {resolved} kept or changed with notice, {percent}%)"
        ).format(kept=tally.kept, resolved=tally.resolved, percent=round(tally.ratio * 100))
    return words


def trend_explained(score: float) -> str:
    """The score in plain words, beside the chart: domain.consistency.explain, translated."""
    after_miss = step(score, Outcome.NOT_KEPT, SMOOTHING)
    return translate(
        "DomainWords",
        "The trend is at {score} out of 100. Each commitment that is resolved moves it "
        "{share}% of the way toward kept or not kept, so one miss would bring it to about "
        "{after_miss}, while a pattern moves it a lot. Changes made with notice count as "
        "kept. Paused days and unconfirmed outcomes don't count. Healing isn't a straight "
        "line.",
    ).format(
        score=round(score * 100),
        share=round(SMOOTHING * 100),
        after_miss=round(after_miss * 100),
    )
