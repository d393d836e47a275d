"""The words Rekindle says in more than one place: help, safety and the about box.

People reading these may be hurting. Plain words, no blame, no exclamation marks.
The constants are the English source (marked for lupdate); `say()` gives them in the
user's language.
"""

from __future__ import annotations

from html import escape

from rekindle_desktop import APP_NAME, __version__
from rekindle_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate

# Over a reviewer's record, on the review page and its newest weeks.
READ_ONLY = QT_TRANSLATE_NOOP(
    "ReviewView",
    "Review mode · read-only. Nothing here can change your partner's record. "
    "An intact record shows entries weren't changed after they were shared; "
    "it can't show that they are true. That is for your conversations.",
)

WHAT_IT_IS = QT_TRANSLATE_NOOP(
    "Texts",
    "Rekindle helps two partners rebuild trust after it has been broken. The partner "
    "who broke trust chooses to share their plans, check-ins and promises. The other "
    "partner can look back over them, in their own time, and see words and actions "
    "line up.",
)

WHAT_IT_IS_NOT = QT_TRANSLATE_NOOP(
    "Texts",
    "It is never surveillance. Nothing is recorded automatically: every entry is "
    "written by hand, by the person sharing. Your journal is encrypted, and nothing "
    "leaves this computer unless you export it.",
)

COUNSELLING = QT_TRANSLATE_NOOP(
    "Texts",
    "Rekindle works best alongside honest conversations, and often alongside a "
    "counsellor, for one of you or for you both. It is a support, not a substitute.",
)

FINDING_A_COUNSELLOR = QT_TRANSLATE_NOOP(
    "Texts",
    "A couples counsellor, or one just for you, can help you talk about what happened "
    "and what each of you needs. Your doctor, a local relationship-support service or a "
    "professional body for counsellors can point you to one near you. Many work by phone "
    "or video too.",
)

FREE_CHOICE = QT_TRANSLATE_NOOP(
    "Texts",
    "Sharing only helps when it is freely chosen. Transparency must never be "
    "pressured or forced on anyone.",
)

IF_UNSAFE = QT_TRANSLATE_NOOP(
    "Texts",
    "If you feel pressured, controlled or unsafe, please don't use Rekindle. "
    "You deserve support, and help is there:",
)

HELP_LINES = (
    QT_TRANSLATE_NOOP("Texts", "If you are in danger right now, call your local emergency number."),
    QT_TRANSLATE_NOOP(
        "Texts", "United States: National Domestic Violence Hotline, 1-800-799-7233."
    ),
    QT_TRANSLATE_NOOP("Texts", "United Kingdom: National Domestic Abuse Helpline, 0808 2000 247."),
    QT_TRANSLATE_NOOP("Texts", "A counsellor or your doctor can help you find support near you."),
)

RIGHT_NOW = (
    QT_TRANSLATE_NOOP("Texts", "Ctrl+L locks Rekindle and hides everything at once."),
    QT_TRANSLATE_NOOP(
        "Texts",
        "Sharing can be paused or stopped at any time. A pause is shown as a pause, "
        "never as a miss.",
    ),
    QT_TRANSLATE_NOOP(
        "Texts", "You can say no, and you can change your mind. Nobody is owed your journal."
    ),
)

SAFETY_EXIT_LINK = QT_TRANSLATE_NOOP("Texts", "Open the safety exit")
SAFETY_EXIT = QT_TRANSLATE_NOOP(
    "Texts",
    "In one place: stop sharing now, lock, and hide Rekindle from the tray. It is also in "
    "the Help menu and in the tray's menu.",
)
SAFETY_EXIT_URL = "rekindle:safety-exit"

NOTHING_LEAVES = QT_TRANSLATE_NOOP("Texts", "Nothing leaves this computer unless you export it.")


def say(text: str) -> str:
    """One of the constants above, in the user's language."""
    return translate("Texts", text)


def _list(lines: tuple[str, ...]) -> str:
    items = "".join(f"<li style='margin-bottom:6px'>{escape(say(line))}</li>" for line in lines)
    return f"<ul style='margin-left:-20px'>{items}</ul>"


def help_lines_html() -> str:
    return _list(HELP_LINES)


def help_html() -> str:
    return f"<p>{escape(say(IF_UNSAFE))}</p>{help_lines_html()}<p>{escape(say(FREE_CHOICE))}</p>"


def support_html() -> str:
    """The "Getting support" page: counselling first, then safety, then what helps now."""
    not_alone = translate("Texts", "You don’t have to do this alone")
    unsafe = translate("Texts", "If you feel unsafe or pressured")
    right_now = translate("Texts", "What you can do right now")
    return (
        f"<h3>{escape(not_alone)}</h3>"
        f"<p>{escape(say(COUNSELLING))}</p>"
        f"<p>{escape(say(FINDING_A_COUNSELLOR))}</p>"
        f"<h3>{escape(unsafe)}</h3>"
        f"<p><a href='{SAFETY_EXIT_URL}'><b>{escape(say(SAFETY_EXIT_LINK))}</b></a>. "
        f"{escape(say(SAFETY_EXIT))}</p>"
        f"{help_html()}"
        f"<h3>{escape(right_now)}</h3>"
        f"{_list(RIGHT_NOW)}"
    )


def about_html() -> str:
    encrypted = translate("Texts", "Your journal is encrypted and kept on this computer.")
    offline = translate("Texts", "Rekindle never opens a network connection.")
    licence = translate("Texts", "Free software, under the GNU GPL, version 3 or later.")
    return (
        f"<p><b>{APP_NAME} {__version__}</b></p>"
        f"<p>{escape(say(WHAT_IT_IS))}</p>"
        f"<p>{escape(say(WHAT_IT_IS_NOT))}</p>"
        f"<p>{escape(encrypted)} {escape(say(NOTHING_LEAVES))} {escape(offline)}</p>"
        f"<p>{escape(licence)}</p>"
    )
