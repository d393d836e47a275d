"""Screenshots of the insights view and of the counsellor report's first page.

    python docs/make_insights_screenshots.py [OUTPUT_FOLDER]    # default: docs/screenshots

Uses a throwaway demo journal (nothing real) in a temporary folder, renders offscreen,
and needs `pdftoppm` (poppler-utils) for the report page.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else HERE / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="rekindle-insights-"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        (work / name).mkdir()
        os.environ[name] = str(work / name)
    try:
        return _shoot(out, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _shoot(out: Path, work: Path) -> int:
    # Qt is imported only now, once the platform and XDG folders are set.
    from PySide6.QtWidgets import QApplication, QScrollArea

    from rekindle_desktop.services import conversation
    from rekindle_desktop.services.clock import system_clock
    from rekindle_desktop.services.demo import create_demo_journal
    from rekindle_desktop.services.journal_log import JournalLog
    from rekindle_desktop.services.report import Section, build_report, sharer_source
    from rekindle_desktop.ui.insights_view import InsightsView
    from rekindle_desktop.ui.report_pdf import save_report_pdf
    from rekindle_desktop.ui.style import apply_look

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    apply_look(app)
    clock = system_clock()
    journal = create_demo_journal(clock, work)
    try:
        today = clock.now_utc().astimezone(clock.zone).date()
        # The demo story has no feelings ratings; add a made-up, uneven arc of them.
        for back in range(0, 119, 3):
            day = today - timedelta(days=back)
            wave = (back // 9) % 3 - 1
            base = 4 - back / 80
            conversation.record_feelings(
                journal,
                day,
                safety=_rating(base + 0.3 + wave * 0.5),
                trust=_rating(base - 0.4 + wave * 0.4),
                connection=_rating(base + wave * 0.6),
            )
        log = JournalLog(journal, clock)
        ledger = log.ledger
        view = InsightsView(
            ledger.commitments(clock.zone, clock.now_utc()),
            ledger.pauses(),
            conversation.feelings(journal),
            today,
        )
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(view)
        scroll.setObjectName("page")
        scroll.resize(1040, 1180)
        view.setObjectName("page")
        view.layout().setContentsMargins(18, 18, 18, 18)
        scroll.show()
        app.processEvents()
        view.grab().save(str(out / "insights.png"))
        scroll.close()

        report = build_report(
            sharer_source(journal, clock),
            first_day=today - timedelta(days=55),
            last_day=today,
            sections=frozenset(Section),
        )
        pdf = work / "report.pdf"
        save_report_pdf(report, pdf)
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "60",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(pdf),
                str(out / "report-page-1"),
            ],
            check=True,
        )
    finally:
        journal.close()
    print(f"Wrote {out / 'insights.png'} and {out / 'report-page-1.png'}")
    return 0


def _rating(value: float) -> int:
    return max(1, min(5, round(value)))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
