"""Messages from services/, store/ and domain/, in the window's language.

Below ui/ nothing knows Qt: a `UserFacingError` says what happened and what to do next
in plain English templates, with the values as named fields ("{folder}"), kept apart.
The window translates those words where it shows them, through `said_error` here (looked
up in the "ServiceWords" context, then "DomainWords"), and fills the values in after.
Each template written below ui/ (an error's message, a review's result, a note) is
marked here once, for lupdate; tests/unit/test_every_word_translated.py fails when a new
one is not, or when an error is given an f-string.
"""

from __future__ import annotations

from collections.abc import Mapping

from rekindle_desktop.domain.words import fill
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.ui.i18n import QT_TRANSLATE_NOOP
from rekindle_desktop.ui.words import WINDOW_WORDS

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
            "ServiceWords", "Rekindle could unlock this journal, but its database is damaged."
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
        # crypto/identity.py
        QT_TRANSLATE_NOOP("ServiceWords", "That is much longer than a pairing code."),
        QT_TRANSLATE_NOOP("ServiceWords", "That doesn't look like a Rekindle pairing code."),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Part of the pairing code is missing or mistyped. Copy it again in full.",
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "The keys in that pairing code can't be read."),
        # crypto/os_keyring.py
        QT_TRANSLATE_NOOP("ServiceWords", "The keyring on this computer is locked."),
        QT_TRANSLATE_NOOP("ServiceWords", "The keyring on this computer refused to save."),
        QT_TRANSLATE_NOOP("ServiceWords", "The keyring on this computer could not be read."),
        QT_TRANSLATE_NOOP("ServiceWords", "The keyring on this computer could not be changed."),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "The keyring chosen for this computer keeps secrets without strong encryption, so "
            "Rekindle will not use it.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "No secure keyring is available on this computer right now.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "The keyring set up for this computer could not be loaded.",
        ),
        # exchange/acceptance.py
        QT_TRANSLATE_NOOP("ServiceWords", "its signed part is malformed"),
        QT_TRANSLATE_NOOP("ServiceWords", "it continues a different record"),
        QT_TRANSLATE_NOOP("ServiceWords", "it is signed by another key"),
        QT_TRANSLATE_NOOP("ServiceWords", "its signature does not match"),
        QT_TRANSLATE_NOOP("ServiceWords", "it doesn't hold the entries it was signed for"),
        QT_TRANSLATE_NOOP("ServiceWords", "its entries don't match what was signed"),
        QT_TRANSLATE_NOOP("ServiceWords", "it is an older file"),
        QT_TRANSLATE_NOOP("ServiceWords", "part of what you reviewed is different in it"),
        QT_TRANSLATE_NOOP("ServiceWords", "it goes on after sharing ended"),
        QT_TRANSLATE_NOOP("ServiceWords", "entry {position}: {problem}"),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "entry {position} says sharing ended, yet more entries follow it",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "entry {position} is numbered as if it came before what you already saw (number "
            "{number})",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "entry {position} corrects something that can't be corrected",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "entry {position} gives an outcome to something that has none",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "entry {position} gives an outcome without the day it is for",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "entry {position} is about entry {target}, which is not earlier in the record",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "entry {position} replaces an entry with content of another kind",
        ),
        # exchange/incoming.py
        QT_TRANSLATE_NOOP("ServiceWords", "{name} could not be read ({reason})."),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "{name} is not a file Rekindle can open: it is a folder, a device or a pipe.",
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "{name} is far larger than any Rekindle file."),
        # exchange/leaves.py
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "an entry is not written in the one way the format allows",
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "an entry is too large"),
        QT_TRANSLATE_NOOP("ServiceWords", "an entry is not valid JSON"),
        QT_TRANSLATE_NOOP("ServiceWords", "an entry is not a JSON object"),
        QT_TRANSLATE_NOOP("ServiceWords", "an entry was written by a newer version of Rekindle"),
        QT_TRANSLATE_NOOP("ServiceWords", "an entry has no body"),
        QT_TRANSLATE_NOOP("ServiceWords", "an entry could not be read"),
        QT_TRANSLATE_NOOP("ServiceWords", "an entry has no valid number"),
        # exchange/reply_file.py
        QT_TRANSLATE_NOOP("ServiceWords", "This isn't a Rekindle reply file."),
        QT_TRANSLATE_NOOP("ServiceWords", "This reply's signed part is malformed."),
        # exchange/timeline_file.py
        QT_TRANSLATE_NOOP("ServiceWords", "This isn't a Rekindle timeline file."),
        QT_TRANSLATE_NOOP("ServiceWords", "This timeline file's checkpoint is malformed."),
        QT_TRANSLATE_NOOP("ServiceWords", "This timeline file ends in the middle of an entry."),
        QT_TRANSLATE_NOOP("ServiceWords", "This file is far larger than any timeline file."),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "This file can't be opened here: it wasn't made for this journal, or its beginning "
            "is damaged.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "This file is damaged: part of it is missing or was changed after it was made, "
            "which can happen when a copy stops half-way. Rekindle reads only files that are "
            "whole.",
        ),
        # services/access.py
        QT_TRANSLATE_NOOP("ServiceWords", "There is already a journal in {folder}."),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Rekindle will ask for your passphrase each time, which is safest.",
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "That passphrase is too easy to guess."),
        QT_TRANSLATE_NOOP("ServiceWords", "That passphrase is too easy to guess. {advice}"),
        QT_TRANSLATE_NOOP("ServiceWords", "Rekindle could not write to {folder} ({reason})."),
        # services/backup.py
        QT_TRANSLATE_NOOP("ServiceWords", "{file} is a folder."),
        QT_TRANSLATE_NOOP("ServiceWords", "The journal's key file could not be read ({reason})."),
        QT_TRANSLATE_NOOP("ServiceWords", "The backup in {file} did not read back as written."),
        QT_TRANSLATE_NOOP("ServiceWords", "The backup could not be written to {file} ({reason})."),
        QT_TRANSLATE_NOOP("ServiceWords", "{file} could not be read ({reason})."),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "There is already a journal in {folder}. It was last changed {changed_day} at "
            "{changed_time}; the backup was made {made_day} at {made_time}, so the journal "
            "there is newer than the backup.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "There is already a journal in {folder}. It was last changed {changed_day} at "
            "{changed_time}; the backup was made {made_day} at {made_time}, so the backup is "
            "newer than the journal there.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "The backup could not be restored into {folder} ({reason}).",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "It was last changed {changed_day} at {changed_time}; the backup was made "
            "{made_day} at {made_time}, so the journal there is newer than the backup.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "It was last changed {changed_day} at {changed_time}; the backup was made "
            "{made_day} at {made_time}, so the backup is newer than the journal there.",
        ),
        # services/conversation.py
        QT_TRANSLATE_NOOP("ServiceWords", "Rate at least one feeling."),
        QT_TRANSLATE_NOOP("ServiceWords", "Ratings go from {lowest} to {highest}."),
        # services/deletion.py
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Nothing was deleted: the words typed were not “{phrase}”.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "The journal in {folder} is no longer the one you unlocked.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "The entry that remembered your journal there may remain; without the journal's "
            "files it opens nothing.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Its key file is gone, so what is left can no longer be opened. You can delete "
            "those files yourself.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Its key file is gone, so what is left can no longer be opened. You can delete "
            "those files yourself. {keyring_note}",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Your journal is still there and opens as before. Check that you may change files "
            "in that folder, then try again.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Your journal is still there and opens as before. Check that you may change files "
            "in that folder, then try again. {keyring_note}",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Your journal was closed, but deleting it stopped part-way ({reason}). Rekindle "
            "could not look inside {folder} to see what is left.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Your journal was closed, but deleting it stopped part-way ({reason}). These of "
            "its files are still in {folder}: {names}.",
        ),
        # services/demo.py
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "There is already a Rekindle journal in {folder}, so no demo was written.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "{path} is already there, and the demo would write in its place, so no demo was "
            "written.",
        ),
        # services/journal_log.py
        QT_TRANSLATE_NOOP("ServiceWords", "This promise wasn't due on {day}."),
        QT_TRANSLATE_NOOP("ServiceWords", "There is no entry {number} in this journal."),
        QT_TRANSLATE_NOOP("ServiceWords", "Entry {number} was withdrawn, so it can't be changed."),
        QT_TRANSLATE_NOOP("ServiceWords", "Nothing was saved; change it and try again."),
        # services/replies.py
        QT_TRANSLATE_NOOP("ServiceWords", "The reply could not be written to {file} ({reason})."),
        # services/requests.py
        QT_TRANSLATE_NOOP("ServiceWords", "There is no request number {number} from your partner."),
        # services/sharing.py
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Your agreement (version {version}) ended on {day} without a new version, so "
            "sharing has stopped, as you set it up together.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "The timeline file could not be written to {file} ({reason}).",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "It was not accepted, and nothing you reviewed before changed. Your partner can "
            "share it again.",
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "You have already reviewed everything in this file."),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            'Your partner has stopped sharing. In their words: "{said}"',
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "Your partner has stopped sharing."),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Everything you reviewed stays here, and you can read it whenever you like. "
            "Nothing more will arrive from this pairing. If you both want to share again one "
            "day, pair again together.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Accepted: 1 new entry, {total} in all. The record extends what you reviewed before.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Accepted: {added} new entries, {total} in all. The record extends what you "
            "reviewed before.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "This is an older timeline file: it has {count} entries, and you have already "
            "reviewed {reviewed}.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Nothing was changed. Ask for the latest file if you want to see more.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "This file was signed by someone other than the partner you paired with.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "It was not accepted. If your partner set Rekindle up again, pair again together, "
            "in person.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "This file continues a different record from the one you have been reviewing.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "It was not accepted, and nothing you reviewed before changed. If your partner "
            "started a new journal, talk about it together.",
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "This file goes on after your partner ended sharing."),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "It was not accepted, and nothing you reviewed before changed. If you both want to "
            "share again, pair again together first.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "This file doesn't hold together: {reason}. Rekindle never writes a file like "
            "this, and accepting it could change what you already saw.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "It was not accepted, and nothing you reviewed before changed. This is worth "
            "talking about together, calmly.",
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "This file can't be read by this version: {reason}."),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Update Rekindle and open it again. Nothing was changed.",
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "This timeline file can't be read: {reason}."),
        QT_TRANSLATE_NOOP("ServiceWords", "This file was changed after it was signed: {reason}."),
        QT_TRANSLATE_NOOP("ServiceWords", "{count} entries you reviewed are missing."),
        QT_TRANSLATE_NOOP("ServiceWords", "Entry {number}: {was} — now: {now}"),
        QT_TRANSLATE_NOOP("ServiceWords", "{kind} of {day}: {summary}"),
        QT_TRANSLATE_NOOP("ServiceWords", "an unreadable entry"),
        QT_TRANSLATE_NOOP("ServiceWords", "…and possibly more."),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "This file doesn't extend what you reviewed before: part of the history you "
            "already saw is different in it.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "It was not accepted, and what you reviewed before is kept. This is worth talking "
            "about together, calmly. A restored backup on your partner's side can cause it too.",
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "Could not write {file} ({reason})."),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "It was not accepted, and nothing you reviewed before changed.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "These keys are different from the ones you paired with before.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "This can mean your partner set Rekindle up again, or that someone else made this "
            "code. Nothing was changed. Talk to your partner in person. If they did set it up "
            "again, you can pair again as a new pairing: what you have now is kept, marked as "
            "from the earlier pairing.",
        ),
        # services/stopping.py
        QT_TRANSLATE_NOOP("ServiceWords", "You are sharing with your partner."),
        QT_TRANSLATE_NOOP("ServiceWords", "You are reviewing your partner."),
        QT_TRANSLATE_NOOP("ServiceWords", "You stopped this pairing."),
        QT_TRANSLATE_NOOP("ServiceWords", "You unpaired."),
        QT_TRANSLATE_NOOP("ServiceWords", "Your partner stopped this pairing."),
        QT_TRANSLATE_NOOP("ServiceWords", "You paired again after your partner's keys changed."),
        QT_TRANSLATE_NOOP("ServiceWords", "Those words are longer than {count:,} characters."),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Sharing has stopped. A last timeline file is in {file}. When your partner opens "
            "it, their Rekindle will say that sharing has ended, with your words. Your journal "
            "stays yours, as it is, and what your partner already has stays with them. To "
            "share again one day, pair again.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Sharing has stopped. A last timeline file is in {file}. When your partner opens "
            "it, their Rekindle will say that sharing has ended. Your journal stays yours, as "
            "it is, and what your partner already has stays with them. To share again one day, "
            "pair again.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Sharing has stopped. No file was written, so Rekindle won't tell your partner. "
            "Tell them yourself if and when it feels safe to. Your journal stays yours, as it "
            "is, and what your partner already has stays with them. To share again one day, "
            "pair again.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "You have stopped reviewing. A last reply is in {file}. When your partner opens "
            "it, their Rekindle will say that you have stopped reviewing. Everything you "
            "reviewed stays here, read-only. To review again one day, pair again.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "You have stopped reviewing. No reply was written, so Rekindle won't tell your "
            "partner. Tell them yourself if and when it feels safe to. Everything you reviewed "
            "stays here, read-only. To review again one day, pair again.",
        ),
        # store/entries.py
        QT_TRANSLATE_NOOP("ServiceWords", "Entry {number} in this journal could not be read."),
        # store/journal.py
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Check that the disk is connected and that you may write to that folder and its "
            "files, then open Rekindle again. Nothing in your journal was changed.",
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "Rekindle can't write to your journal in {folder}."),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Free some space, then open Rekindle again. Nothing in your journal was changed.",
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "The disk that holds your journal is full ({folder})."),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Check that the disk is connected and working, then open Rekindle again. Nothing "
            "in your journal was changed.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "The disk that holds your journal could not be read or written ({folder}).",
        ),
        QT_TRANSLATE_NOOP("ServiceWords", "There is no Rekindle journal in {folder}."),
        QT_TRANSLATE_NOOP("ServiceWords", "The journal in {folder} could not be read ({reason})."),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Install the newer version to open it. Your journal's files have not been changed.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Restore it from a backup. Your journal's files have not been changed.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Restore the folder from a backup. Your journal's files have not been changed.",
        ),
        # window_libraries.py
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "The window can't open yet: some system libraries it needs are not installed "
            "({files}).",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "The window can't open yet: {count} system libraries it needs are not installed.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "On Debian or Ubuntu, this installs them:\n    sudo apt-get install {packages}\n  "
            "Then start Rekindle again. Your journal is not touched.",
        ),
        # services/agreements.py
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "Your agreement (version {version}) ended on {day} without a new version, as you "
            "set it up together, so sharing has stopped. Nobody did anything wrong. If you "
            "both want to go on, the next version starts it again.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "A step you agreed on is met: after {weeks} weeks with the trend at {trend} or "
            "more, “{change}”. It isn't applied by itself: if you both agree, write it into "
            "the next version.",
        ),
        # services/requests.py
        QT_TRANSLATE_NOOP("ServiceWords", "answered"),
        QT_TRANSLATE_NOOP("ServiceWords", "answered {within}"),
        QT_TRANSLATE_NOOP("ServiceWords", "waiting for an answer"),
        QT_TRANSLATE_NOOP("ServiceWords", "goes with your next reply"),
        QT_TRANSLATE_NOOP("ServiceWords", "waiting for your answer"),
        QT_TRANSLATE_NOOP("ServiceWords", "for your next check-in"),
        # services/review_summary.py
        QT_TRANSLATE_NOOP("ServiceWords", "Nothing new since your last review."),
        QT_TRANSLATE_NOOP("ServiceWords", "1 new entry."),
        QT_TRANSLATE_NOOP("ServiceWords", "{count} new entries."),
        QT_TRANSLATE_NOOP("ServiceWords", "{count} kept as said"),
        QT_TRANSLATE_NOOP("ServiceWords", "{count} changed, with notice beforehand"),
        QT_TRANSLATE_NOOP("ServiceWords", "{count} changed, told afterwards"),
        QT_TRANSLATE_NOOP("ServiceWords", "{count} not kept"),
        QT_TRANSLATE_NOOP("ServiceWords", "Outcomes told: {outcomes}."),
        QT_TRANSLATE_NOOP("ServiceWords", "1 answer to your requests."),
        QT_TRANSLATE_NOOP("ServiceWords", "{count} answers to your requests."),
        QT_TRANSLATE_NOOP("ServiceWords", "1 contact told."),
        QT_TRANSLATE_NOOP("ServiceWords", "{count} contacts told."),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "You chose to look every 1 day, and this is sooner. That's all right. If checking "
            "starts to feel hard to stop, that is common after what happened; it can help to "
            "talk about it with a counsellor (Help ▸ Getting support).",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceWords",
            "You chose to look every {days} days, and this is sooner. That's all right. If "
            "checking starts to feel hard to stop, that is common after what happened; it can "
            "help to talk about it with a counsellor (Help ▸ Getting support).",
        ),
        # domain/recurrence.py's third reason, as ui/entry_forms.py says it (the other two
        # are marked in ui/domain_words.py)
        QT_TRANSLATE_NOOP("ServiceWords", "'every N days' needs N between 1 and 366."),
    }
)


def said(text: str) -> str:
    """A message from below ui/ in the window's language; as written if not translated."""
    return WINDOW_WORDS.text(text) if text else text


def said_error(error: object) -> tuple[str, str]:
    """An error's message and next step, each in the window's language with its values
    filled in. Anything keeping its English `template` and `fields` apart is said so: a
    `UserFacingError` (and its `next_template`), a `Refusal` from below; other errors as
    their English message, translated if it is marked."""
    template = getattr(error, "template", None)
    if not isinstance(template, str):
        if isinstance(error, UserFacingError):
            return said(error.message), said(error.next_step)
        return said(str(error)), ""
    fields: Mapping[str, object] = getattr(error, "fields", None) or {}
    next_template = getattr(error, "next_template", "")
    return _filled(template, fields), _filled(next_template, fields)


def said_refusal(error: object) -> str:
    """What a refusal, an error or anything else keeping a `template` and `fields`
    (stopping's `Stopped`) says, in the window's language, without a next step."""
    return said_error(error)[0]


def _filled(template: str, fields: Mapping[str, object]) -> str:
    if not template or not fields:
        return said(template)
    return fill(template, fields, WINDOW_WORDS)
