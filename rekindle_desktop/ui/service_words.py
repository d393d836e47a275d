"""Messages from services/, store/ and domain/, in the window's language.

Below ui/ nothing knows Qt: a `UserFacingError` says what happened and what to do next
in plain English. The window translates those words where it shows them, through
`said` here, looked up in the "ServiceWords" context. Each message written out in full
below ui/ is marked here once, for lupdate; tests/unit/test_every_word_translated.py fails
when a new one is not. Messages put together with values (f-strings) are not yet here:
they stay English until they are written with named fields.
"""

from __future__ import annotations

from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate

SERVICE_WORDS = frozenset(
    {
        # domain/entries.py
        QT_TRANSLATE_NOOP(
            "ServiceWords", "A plan can't end before it starts. Check the two times."
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "Say what the note is about: a check-in talk, counselling, or else."
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "Only notes say what they are about."),
        QT_TRANSLATE_NOOP("ServiceWords", "A pause can't end before it starts."),
        QT_TRANSLATE_NOOP("ServiceWords", "Check-ins can be from every day to once a year."),
        QT_TRANSLATE_NOOP("ServiceWords", "An answer is to one of your partner's requests."),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "The agreement ends before the day you look at it again. Choose an end on or "
            "after that day.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "A step is after 1 to 520 weeks, with a trend from 0 to 100."
        ),
        # domain/voice.py
        QT_TRANSLATE_NOOP("ServiceWords", "How strong it was is a step from 1 to 5."),
        # services/access.py
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Free some space or check the folder's permissions, then try again. Nothing "
            "already saved was changed.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "Open it instead, or choose an empty folder for a new one."
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "That passphrase doesn't open this journal."),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Check Caps Lock and try again. If it's lost, your recovery code can open it.",
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "This journal has no recovery code slot."),
        QT_TRANSLATE_NOOP("ServiceWords", "Unlock it with your passphrase instead."),
        QT_TRANSLATE_NOOP("ServiceWords", "That recovery code doesn't open this journal."),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "Check each group of characters against your saved copy and try again."
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "This journal is not remembered on this computer."),
        QT_TRANSLATE_NOOP("ServiceWords", "Unlock it with your passphrase."),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "The keyring this journal was remembered in is not the one available now.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Unlock with your passphrase; you can choose to remember it again afterwards.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "This computer's keyring no longer holds the key to this journal."
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "The keyring that remembered this journal is not the one available now."
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "Your passphrase still works."),
        # services/backup.py
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Free some space or choose another folder, then try again. Your journal and any "
            "earlier backup there are unchanged.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "This backup is damaged or incomplete, so it can't be restored."
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "Nothing was changed. Try another copy of the backup, if you have one."
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "Choose a file name for the backup."),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "The key file in the journal's folder can't be read, or is another journal's.",
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "Nothing was written. Check the journal's folder."),
        QT_TRANSLATE_NOOP("ServiceWords", "Your journal changed while the backup was being made."),
        QT_TRANSLATE_NOOP("ServiceWords", "Nothing was written. Make the backup again."),
        QT_TRANSLATE_NOOP("ServiceWords", "This file is far larger than any Rekindle backup."),
        QT_TRANSLATE_NOOP("ServiceWords", "This isn't a Rekindle backup."),
        QT_TRANSLATE_NOOP("ServiceWords", "Choose a file that ends in .rekindle-backup."),
        QT_TRANSLATE_NOOP("ServiceWords", "This backup was made by a newer version of Rekindle."),
        QT_TRANSLATE_NOOP("ServiceWords", "Install the newer version to restore it."),
        QT_TRANSLATE_NOOP("ServiceWords", "Choose a folder to restore the backup into."),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "Check that the journal's folder is available, then try again."
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "Make the backup again, perhaps on another disk."),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "The copy of your journal did not check out, so no backup was written."
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "Try again. If it happens again, your disk may be failing."
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "This backup holds a journal from a newer version of Rekindle."
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "Check the file name and that the disk it is on is available."
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Nothing was changed. Restore into an empty folder, or next to this journal.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Free some space or choose another folder, then try again. Nothing was changed.",
        ),
        # services/conversation.py
        QT_TRANSLATE_NOOP("ServiceWords", "Write the agenda item first."),
        QT_TRANSLATE_NOOP("ServiceWords", "That agenda item is very long; please shorten it."),
        QT_TRANSLATE_NOOP("ServiceWords", "Those notes are very long; please split them."),
        # services/deletion.py
        QT_TRANSLATE_NOOP("ServiceWords", "Your journal is just as it was."),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Unlock your journal first: only the person who can open it may delete it.",
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "Nothing was deleted."),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Nothing was deleted. Open the journal you mean to delete, then try again.",
        ),
        # services/demo.py
        QT_TRANSLATE_NOOP(
            "ServiceWords", "Nothing was changed. The demo needs a new or empty folder of its own."
        ),
        # services/drafts.py
        QT_TRANSLATE_NOOP(
            "ServiceWords", "The journal could not be written to just now, so nothing was kept."
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "Your journal is unchanged."),
        # services/journal_log.py
        QT_TRANSLATE_NOOP("ServiceWords", "Only what was written by hand can be corrected."),
        QT_TRANSLATE_NOOP("ServiceWords", "A saved place needs a name."),
        QT_TRANSLATE_NOOP("ServiceWords", "Add a new entry instead."),
        QT_TRANSLATE_NOOP("ServiceWords", "A plan has one outcome, not one per day."),
        QT_TRANSLATE_NOOP("ServiceWords", "Only plans and promises have outcomes."),
        QT_TRANSLATE_NOOP("ServiceWords", "Say which day of the promise this outcome is for."),
        QT_TRANSLATE_NOOP("ServiceWords", "Choose one of the days it falls on."),
        # services/readable_copy.py
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Free some space or choose another folder you can write to, then try again. "
            "Your journal is unchanged.",
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "Choose a folder for the readable copy."),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Choose another folder, or an empty one. Rekindle never replaces files it did "
            "not write.",
        ),
        # services/replies.py
        QT_TRANSLATE_NOOP("ServiceWords", "There is nothing to reply to yet."),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Open your partner's timeline file first; a reply says how far you have read.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "This is a reply file, but this journal isn't paired with a reviewer, so it "
            "can't be opened here.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "Nothing was changed. If it is from your partner, pair with them first."
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "This reply was changed after it was signed."),
        QT_TRANSLATE_NOOP("ServiceWords", "This reply's contents can't be read."),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "This reply is about a timeline this journal didn't share."
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "Nothing was changed. It may belong to another journal."),
        QT_TRANSLATE_NOOP("ServiceWords", "Check the folder and free space, then try again."),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "This is a reply from your partner. Sharing with them has ended, so it wasn't opened.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Nothing was changed. If you both want to share again one day, pair again "
            "together, in person.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "This reply isn't signed by the partner you paired with, or was changed.",
        ),
        # services/report.py
        QT_TRANSLATE_NOOP("ServiceWords", "There is nothing reviewed to report on yet."),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "Open your partner's timeline file in review mode first."
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "Choose at least one part to include in the report."),
        QT_TRANSLATE_NOOP("ServiceWords", "The report starts after it ends."),
        QT_TRANSLATE_NOOP("ServiceWords", "Choose a first day on or before the last day."),
        # services/requests.py
        QT_TRANSLATE_NOOP("ServiceWords", "Nothing was kept; change it and try again."),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "See the requests with `rekindle requests`, or on your journal page."
        ),
        # services/sharing.py
        QT_TRANSLATE_NOOP("ServiceWords", "That is this journal's own pairing code."),
        QT_TRANSLATE_NOOP("ServiceWords", "Use the code from your partner's Rekindle instead."),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "If you both want to go on, write the next version together (Agreement…); then "
            "files can be shared again.",
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "There is no reviewer to make a timeline file for yet."),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Pair with your partner first: exchange pairing codes and compare the safety phrase.",
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "The timeline file did not read back as written."),
        QT_TRANSLATE_NOOP("ServiceWords", "Export again, perhaps to another folder or disk."),
        QT_TRANSLATE_NOOP("ServiceWords", "This journal isn't paired with a sharer yet."),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Pair first: exchange pairing codes and compare the safety phrase in person.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "You stopped reviewing, so this journal isn't paired with a sharer any more.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Nothing was changed. What you reviewed before is kept. To review again, pair "
            "again together, in person.",
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "Write a few words first."),
        QT_TRANSLATE_NOOP("ServiceWords", "That note is very long; please split it."),
        QT_TRANSLATE_NOOP("ServiceWords", "Ask your partner to copy their code again."),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "Sharing has ended: this journal isn't paired with a reviewer any more."
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "To share again, pair again together: Pair again and share… on your page.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Check the folder and free space, then export again. Any earlier file there is "
            "unchanged.",
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "Nothing was changed."),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "Choose another folder, or free some space, and try again."
        ),
        # services/stopping.py
        QT_TRANSLATE_NOOP("ServiceWords", "You aren't sharing with anyone at the moment."),
        QT_TRANSLATE_NOOP("ServiceWords", "Nothing changed."),
        QT_TRANSLATE_NOOP("ServiceWords", "You aren't reviewing anyone's timeline at the moment."),
        QT_TRANSLATE_NOOP("ServiceWords", "Keep the last message short; nothing was changed."),
        # store/database.py
        QT_TRANSLATE_NOOP(
            "ServiceWords", "There isn't enough free disk space to save this, so nothing was saved."
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Your journal is unchanged. Free some space on this computer, then try again.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Rekindle can't write to your journal's folder any more, so this wasn't saved.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Check that the disk is connected and that you may write there, then open "
            "Rekindle again. Nothing already saved was changed.",
        ),
        # store/entries.py
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Your other entries are safe. Please report this; a backup can restore it.",
        ),
        # store/journal.py
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "The key file and the database in this folder belong to different journals.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "The journal's key file is here, but its database is missing."
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Restore the folder from a backup, or check whether journal.db was moved.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "This journal was last used by a newer version of Rekindle."
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "Your passphrase is right, but the journal's database is damaged."
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "Check the folder, or set up a new journal."),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "Check that the folder is available and readable, then try again."
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "This journal was set up by a newer version of Rekindle."
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords", "The journal's key file is damaged, so it cannot be unlocked here."
        ),
    }
)


def said(text: str) -> str:
    """A message from below ui/ in the window's language; as written if not translated."""
    return translate("ServiceWords", text) if text else text


def said_error(error: UserFacingError) -> tuple[str, str]:
    """An error's message and next step, each in the window's language."""
    return said(error.message), said(error.next_step)
