"""The counsellor report as HTML: one document from services/report's built content.

No Qt here: ui/report_pdf lays this out in PDF pages. Every piece of user text is escaped
on the way in, and a partner's own words are isolated so that no bidi control reorders
the report around them. Its words are in the reader's language (`words`, as the report
was built with); each template is marked for translators in ui/report_words.py.
"""

from __future__ import annotations

import html

from rekindle_desktop.domain.entries import EntryKind, Outcome
from rekindle_desktop.domain.insights import FEW_OUTCOMES
from rekindle_desktop.domain.safe_text import for_window
from rekindle_desktop.domain.words import ENGLISH, Words
from rekindle_desktop.services.report import (
    AgreementPart,
    EntriesPart,
    EntryLine,
    OutcomesPart,
    Report,
    Section,
    TrendPart,
)

# The language the words are in, for <html lang>: each catalogue translates this to its
# own language's code ("de"); words without a catalogue are English.
LANGUAGE = "en"

# A kind's name for many of them, in a sentence ("plans, check-ins").
KIND_PLURALS = {
    EntryKind.PLAN: "plans",
    EntryKind.CHECK_IN: "check-ins",
    EntryKind.PROMISE: "promises",
    EntryKind.DISCLOSURE: "disclosures",
    EntryKind.APPRECIATION: "appreciations",
    EntryKind.NOTE: "notes",
    EntryKind.OUTCOME: "outcomes",
    EntryKind.AMEND: "corrections",
    EntryKind.RETRACT: "withdrawals",
    EntryKind.PAUSE: "pauses",
    EntryKind.AGREEMENT: "agreements",
    EntryKind.ENDING: "endings of sharing",
    EntryKind.CONTACT: "contact disclosures",
    EntryKind.ANSWER: "answers",
}

_CSS = """
body { font-family: 'DejaVu Sans', sans-serif; color: #2e3336; font-size: 10pt; }
h1 { font-size: 17pt; font-weight: 600; margin-bottom: 2px; }
h2 { font-size: 13pt; font-weight: 600; color: #2e3336; margin-top: 18px; }
p { margin-top: 4px; margin-bottom: 6px; }
.muted { color: #5f676b; }
.header { background-color: #f5f3ef; }
th { text-align: left; color: #5f676b; font-weight: 600; }
h3 { font-size: 10pt; font-weight: 600; margin-top: 8px; margin-bottom: 0px; }
td.num { text-align: right; }
td.time, td.kind, td.day { white-space: nowrap; }
.beside { color: #5f676b; }
"""
# Wide enough for a plan's two times and 'Contact disclosure' at 10 pt on A4, so that every
# day's table lines up with the others; white-space: nowrap keeps them on one line.
_TIME_WIDTH = "15%"
_KIND_WIDTH = "21%"


def language_of(words: Words) -> str:
    """The code of the language `words` speak ("en", "de"), for <html lang>."""
    return words.text(LANGUAGE)


def report_html(report: Report, *, chart_src: str | None = None, words: Words = ENGLISH) -> str:
    """The whole report as one HTML document; `chart_src` names a trend image, if any.
    `words`: the reader's language, as the report was built with."""
    e = html.escape
    days = {"first": words.long_day(report.first_day), "last": words.long_day(report.last_day)}
    whose = (
        words.text("Your partner's shared timeline, as you accepted it: {first} to {last}")
        if report.reviewed
        else words.text("Your own journal: {first} to {last}")
    )
    out = [
        f"<html lang='{e(language_of(words))}'><head><meta charset='utf-8'>",
        f"<title>{e(report.title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{e(report.title)}</h1>",
        f"<p class='muted'>{e(whose.format(**days))}</p>",
        "<table class='header' width='100%' cellpadding='10' cellspacing='0'><tr><td>",
    ]
    out.extend(f"<p>{e(paragraph)}</p>" for paragraph in report.header)
    out.append("</td></tr></table>")
    for section in report.sections:
        out.append(f"<h2>{e(words.text(section.label))}</h2>")
        if section is Section.TREND and report.trend is not None:
            out.extend(_trend_html(report.trend, chart_src, words))
        elif section is Section.OUTCOMES and report.outcomes is not None:
            out.extend(_outcomes_html(report.outcomes, words))
        elif section is Section.AGREEMENT and report.agreement is not None:
            out.extend(_agreement_html(report.agreement, words))
        elif section is Section.ENTRIES and report.entries is not None:
            out.extend(_entries_html(report.entries, words))
    out.append("</body></html>")
    return "\n".join(out)


def _trend_html(trend: TrendPart, chart_src: str | None, words: Words) -> list[str]:
    e = html.escape
    out = []
    if chart_src and trend.weeks:
        out.append(f"<p><img src='{e(chart_src)}' width='620'></p>")
    out.append(f"<p>{e(trend.explanation)}</p>")
    out.append(f"<p class='muted'>{e(trend.in_words)}</p>")
    if trend.weeks:
        out.append("<table cellpadding='3' cellspacing='0' width='100%'>")
        headings = (
            words.text("Week from"),
            words.text("Kept of resolved"),
            words.text("Share kept"),
            words.text("Trend at week's end"),
            words.text("Paused days"),
        )
        out.append("<tr>" + "".join(f"<th>{e(h)}</th>" for h in headings) + "</tr>")
        for week in trend.weeks:
            share = (
                words.text("{percent}%").format(percent=round(week.ratio * 100))
                if week.ratio is not None
                else "–"
            )
            kept = (
                words.text("{kept} of {resolved}").format(
                    kept=week.tally.kept, resolved=week.tally.resolved
                )
                if week.tally.resolved
                else "–"
            )
            score = str(round(week.score * 100)) if week.score is not None else "–"
            out.append(
                f"<tr><td class='day'>{e(words.long_day(week.starts))}</td><td>{e(kept)}</td>"
                f"<td>{e(share)}</td><td>{e(score)}</td><td>{week.paused_days or ''}</td></tr>"
            )
        out.append("</table>")
    return out


def _outcomes_html(part: OutcomesPart, words: Words) -> list[str]:
    e = html.escape
    out = []
    if part.ratio is not None and part.resolved < FEW_OUTCOMES:
        said = words.text(
            "{resolved} of the plans and promise days in this range have an outcome; "
            "too few for a share to mean much, so each is counted below."
        ).format(resolved=part.resolved)
    elif part.ratio is not None:
        said = words.text(
            "{kept} of {resolved} resolved plans and promise days were kept "
            "({percent}%). Changes made with notice count as kept."
        ).format(kept=part.kept, resolved=part.resolved, percent=round(part.ratio * 100))
    else:
        said = words.text("Nothing in this range has an outcome yet.")
    out.append(f"<p>{e(said)}</p>")
    out.append("<table cellpadding='3' cellspacing='0'>")
    for outcome in (
        Outcome.KEPT,
        Outcome.KEPT_WITH_NOTICE,
        Outcome.CHANGED_AFTER,
        Outcome.NOT_KEPT,
        Outcome.UNCONFIRMED,
    ):
        out.append(
            f"<tr><td>{e(_capitalized(words.text(outcome.label)))}</td>"
            f"<td class='num'>{part.counts.get(outcome, 0)}</td></tr>"
        )
    out.append("</table>")
    if part.paused_days:
        paused = words.text("{count} days in this range were paused and are not counted.")
        out.append(f"<p class='muted'>{e(paused.format(count=part.paused_days))}</p>")
    honest = words.text(
        "A miss that the sharer reported themselves is honesty, not something hidden."
    )
    out.append(f"<p class='muted'>{e(honest)}</p>")
    return out


def _agreement_html(part: AgreementPart, words: Words) -> list[str]:
    e = html.escape
    current = part.current
    if current is None or part.agreed_on is None:
        return [
            f"<p>{e(words.text('No agreement had been written by the end of this range.'))}</p>"
        ]
    shared = ", ".join(_kind_plural(k, words) for k in sorted(current.shared_kinds))
    version = words.text("Version {version}, from {day}.").format(
        version=current.version, day=words.long_day(part.agreed_on)
    )
    every = words.text("every {count} days").format(count=current.check_in_every_days)
    out = [
        f"<p>{e(version)}</p>",
        "<table cellpadding='3' cellspacing='0'>",
        f"<tr><th>{e(words.text('What is shared'))}</th>"
        f"<td>{e(shared or words.text('nothing chosen'))}</td></tr>",
        f"<tr><th>{e(words.text('Check-in talks'))}</th><td>{e(every)}</td></tr>",
        f"<tr><th>{e(words.text('Look at it again on'))}</th>"
        f"<td>{e(words.long_day(current.review_on))}</td></tr>",
        f"<tr><th>{e(words.text('Boundaries'))}</th>"
        f"<td>{_paragraphs(current.boundaries) or '–'}</td></tr>",
        "</table>",
    ]
    if part.earlier:
        earlier = ", ".join(
            words.text("version {version} ({day})").format(version=v, day=words.long_day(d))
            for v, d in part.earlier
        )
        said = words.text("Earlier versions: {versions}.").format(versions=earlier)
        out.append(f"<p class='muted'>{e(said)}</p>")
    return out


def _entries_html(part: EntriesPart, words: Words) -> list[str]:
    e = html.escape
    kinds = ", ".join(_kind_plural(k, words) for k in sorted(part.kinds, key=_kind_order))
    chosen = (
        words.text("Chosen kinds: {kinds}.").format(kinds=kinds)
        if kinds
        else words.text("Chosen kinds: none.")
    )
    out = [f"<p class='muted'>{e(chosen)}</p>"]
    if not part.lines:
        out.append(f"<p>{e(words.text('No entries of these kinds in this range.'))}</p>")
        return out
    day = None
    for line in part.lines:
        if line.day != day and not line.beside:
            # Each day is a heading and a table of its own, so that the PDF can keep
            # the heading on the page of the day's first entry (ui/report_pdf).
            if day is not None:
                out.append("</table>")
            day = line.day
            out.append(f"<h3>{e(words.weekday_day(line.day, year=True))}</h3>")
            out.append("<table cellpadding='3' cellspacing='0' width='100%'>")
        out.append(_entry_row(line))
    out.append("</table>")
    if part.left_out:
        more = words.text("… and {count} more. Choose a shorter range to see them all.")
        out.append(f"<p class='muted'>{e(more.format(count=part.left_out))}</p>")
    return out


def _entry_row(line: EntryLine) -> str:
    """One entry as a table row; its time and kind never wrap (a plan's times on one line)."""
    e = html.escape
    extras = [line.detail] if line.detail else []
    if line.outcome:
        extras.insert(0, line.outcome)
    if line.markers:
        extras.append("(" + ", ".join(line.markers) + ")")
    who = "" if line.beside else e(line.kind)
    css = " class='beside'" if line.beside else ""
    under = f"<br><span class='muted'>{e(' · '.join(extras))}</span>" if extras else ""
    return (
        f"<tr{css}><td class='time' width='{_TIME_WIDTH}'>{e(line.time_text)}</td>"
        f"<td class='kind' width='{_KIND_WIDTH}'>{who}</td><td>{e(line.title)}{under}</td></tr>"
    )


def _kind_plural(kind: EntryKind, words: Words) -> str:
    return words.text(KIND_PLURALS[kind])


def _capitalized(said: str) -> str:
    """`said` with its first letter a capital, the rest as written (German nouns stay)."""
    return said[:1].upper() + said[1:]


def _kind_order(kind: EntryKind) -> int:
    return list(EntryKind).index(kind)


def _paragraphs(text: str) -> str:
    """A partner's words as HTML lines: escaped, and isolated so that no bidi control
    reorders the report around them (the rows are already, by domain.timeline)."""
    return "<br>".join(html.escape(for_window(line)) for line in text.strip().splitlines())
