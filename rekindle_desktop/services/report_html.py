"""The counsellor report as HTML: one document from services/report's built content.

No Qt here: ui/report_pdf lays this out in PDF pages. Every piece of user text is escaped
on the way in, and a partner's own words are isolated so that no bidi control reorders
the report around them.
"""

from __future__ import annotations

import html

from rekindle_desktop.domain.entries import EntryKind, Outcome
from rekindle_desktop.domain.insights import FEW_OUTCOMES
from rekindle_desktop.domain.safe_text import for_window
from rekindle_desktop.services.report import (
    AgreementPart,
    EntriesPart,
    EntryLine,
    OutcomesPart,
    Report,
    Section,
    TrendPart,
    day_heading,
    day_text,
)

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


def report_html(report: Report, *, chart_src: str | None = None) -> str:
    """The whole report as one HTML document; `chart_src` names a trend image, if any."""
    e = html.escape
    out = [
        "<html><head><meta charset='utf-8'>",
        f"<title>{e(report.title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{e(report.title)}</h1>",
        f"<p class='muted'>{e(report.whose.capitalize())}: "
        f"{e(day_text(report.first_day))} to {e(day_text(report.last_day))}</p>",
        "<table class='header' width='100%' cellpadding='10' cellspacing='0'><tr><td>",
    ]
    out.extend(f"<p>{e(paragraph)}</p>" for paragraph in report.header)
    out.append("</td></tr></table>")
    for section in report.sections:
        out.append(f"<h2>{e(section.label)}</h2>")
        if section is Section.TREND and report.trend is not None:
            out.extend(_trend_html(report.trend, chart_src))
        elif section is Section.OUTCOMES and report.outcomes is not None:
            out.extend(_outcomes_html(report.outcomes))
        elif section is Section.AGREEMENT and report.agreement is not None:
            out.extend(_agreement_html(report.agreement))
        elif section is Section.ENTRIES and report.entries is not None:
            out.extend(_entries_html(report.entries))
    out.append("</body></html>")
    return "\n".join(out)


def _trend_html(trend: TrendPart, chart_src: str | None) -> list[str]:
    e = html.escape
    out = []
    if chart_src and trend.weeks:
        out.append(f"<p><img src='{e(chart_src)}' width='620'></p>")
    out.append(f"<p>{e(trend.explanation)}</p>")
    out.append(f"<p class='muted'>{e(trend.in_words)}</p>")
    if trend.weeks:
        out.append("<table cellpadding='3' cellspacing='0' width='100%'>")
        out.append(
            "<tr><th>Week from</th><th>Kept of resolved</th><th>Share kept</th>"
            "<th>Trend at week's end</th><th>Paused days</th></tr>"
        )
        for week in trend.weeks:
            share = f"{round(week.ratio * 100)}%" if week.ratio is not None else "–"
            kept = f"{week.tally.kept} of {week.tally.resolved}" if week.tally.resolved else "–"
            score = str(round(week.score * 100)) if week.score is not None else "–"
            out.append(
                f"<tr><td class='day'>{e(day_text(week.starts))}</td><td>{e(kept)}</td>"
                f"<td>{e(share)}</td><td>{e(score)}</td><td>{week.paused_days or ''}</td></tr>"
            )
        out.append("</table>")
    return out


def _outcomes_html(part: OutcomesPart) -> list[str]:
    e = html.escape
    out = []
    if part.ratio is not None and part.resolved < FEW_OUTCOMES:
        out.append(
            f"<p>{part.resolved} of the plans and promise days in this range have an outcome; "
            "too few for a share to mean much, so each is counted below.</p>"
        )
    elif part.ratio is not None:
        out.append(
            f"<p>{part.kept} of {part.resolved} resolved plans and promise days were kept "
            f"({round(part.ratio * 100)}%). Changes made with notice count as kept.</p>"
        )
    else:
        out.append("<p>Nothing in this range has an outcome yet.</p>")
    out.append("<table cellpadding='3' cellspacing='0'>")
    for outcome in (
        Outcome.KEPT,
        Outcome.KEPT_WITH_NOTICE,
        Outcome.CHANGED_AFTER,
        Outcome.NOT_KEPT,
        Outcome.UNCONFIRMED,
    ):
        out.append(
            f"<tr><td>{e(outcome.label.capitalize())}</td>"
            f"<td class='num'>{part.counts.get(outcome, 0)}</td></tr>"
        )
    out.append("</table>")
    if part.paused_days:
        out.append(
            f"<p class='muted'>{part.paused_days} days in this range were paused and are "
            "not counted.</p>"
        )
    out.append(
        "<p class='muted'>A miss that the sharer reported themselves is honesty, "
        "not something hidden.</p>"
    )
    return out


def _agreement_html(part: AgreementPart) -> list[str]:
    e = html.escape
    current = part.current
    if current is None or part.agreed_on is None:
        return ["<p>No agreement had been written by the end of this range.</p>"]
    shared = ", ".join(k.label.lower() + "s" for k in sorted(current.shared_kinds))
    out = [
        f"<p>Version {current.version}, from {e(day_text(part.agreed_on))}.</p>",
        "<table cellpadding='3' cellspacing='0'>",
        f"<tr><th>What is shared</th><td>{e(shared) or 'nothing chosen'}</td></tr>",
        f"<tr><th>Check-in talks</th><td>every {current.check_in_every_days} days</td></tr>",
        f"<tr><th>Look at it again on</th><td>{e(day_text(current.review_on))}</td></tr>",
        f"<tr><th>Boundaries</th><td>{_paragraphs(current.boundaries) or '–'}</td></tr>",
        "</table>",
    ]
    if part.earlier:
        earlier = ", ".join(f"version {v} ({day_text(d)})" for v, d in part.earlier)
        out.append(f"<p class='muted'>Earlier versions: {e(earlier)}.</p>")
    return out


def _entries_html(part: EntriesPart) -> list[str]:
    e = html.escape
    kinds = ", ".join(k.label.lower() + "s" for k in sorted(part.kinds, key=_kind_order))
    out = [f"<p class='muted'>Chosen kinds: {e(kinds) or 'none'}.</p>"]
    if not part.lines:
        out.append("<p>No entries of these kinds in this range.</p>")
        return out
    day = None
    for line in part.lines:
        if line.day != day and not line.beside:
            # Each day is a heading and a table of its own, so that the PDF can keep
            # the heading on the page of the day's first entry (ui/report_pdf).
            if day is not None:
                out.append("</table>")
            day = line.day
            out.append(f"<h3>{e(day_heading(line.day))}</h3>")
            out.append("<table cellpadding='3' cellspacing='0' width='100%'>")
        out.append(_entry_row(line))
    out.append("</table>")
    if part.left_out:
        out.append(
            f"<p class='muted'>… and {part.left_out} more. Choose a shorter range to see "
            "them all.</p>"
        )
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


def _kind_order(kind: EntryKind) -> int:
    return list(EntryKind).index(kind)


def _paragraphs(text: str) -> str:
    """A partner's words as HTML lines: escaped, and isolated so that no bidi control
    reorders the report around them (the rows are already, by domain.timeline)."""
    return "<br>".join(html.escape(for_window(line)) for line in text.strip().splitlines())
