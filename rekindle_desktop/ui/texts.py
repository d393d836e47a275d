"""The words Rekindle says in more than one place: help, safety and the about box.

People reading these may be hurting. Plain words, no blame, no exclamation marks.
"""

from __future__ import annotations

from rekindle_desktop import __version__

APP_NAME = "Rekindle"

WHAT_IT_IS = (
    "Rekindle helps two partners rebuild trust after it has been broken. The partner "
    "who broke trust chooses to share their plans, check-ins and promises. The other "
    "partner can look back over them, in their own time, and see words and actions "
    "line up."
)

WHAT_IT_IS_NOT = (
    "It is never surveillance. Nothing is recorded automatically: every entry is "
    "written by hand, by the person sharing. Your journal is encrypted, and nothing "
    "leaves this computer unless you export it."
)

COUNSELLING = (
    "Rekindle works best alongside honest conversations, and often alongside a "
    "counsellor, for one of you or for you both. It is a support, not a substitute."
)

FREE_CHOICE = (
    "Sharing only helps when it is freely chosen. Transparency must never be "
    "pressured or forced on anyone."
)

IF_UNSAFE = (
    "If you feel pressured, controlled or unsafe, please don't use Rekindle. "
    "You deserve support, and help is there:"
)

HELP_LINES = (
    "If you are in danger right now, call your local emergency number.",
    "United States: National Domestic Violence Hotline, 1-800-799-7233.",
    "United Kingdom: National Domestic Abuse Helpline, 0808 2000 247.",
    "A counsellor or your doctor can help you find support near you.",
)

NOTHING_LEAVES = "Nothing leaves this computer unless you export it."


def help_html() -> str:
    items = "".join(f"<li style='margin-bottom:6px'>{line}</li>" for line in HELP_LINES)
    return f"<p>{IF_UNSAFE}</p><ul>{items}</ul><p>{FREE_CHOICE}</p>"


def about_html() -> str:
    return (
        f"<p><b>{APP_NAME} {__version__}</b></p>"
        f"<p>{WHAT_IT_IS}</p>"
        f"<p>Your journal is encrypted and kept on this computer. {NOTHING_LEAVES}</p>"
    )
