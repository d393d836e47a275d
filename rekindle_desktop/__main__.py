"""`python -m rekindle_desktop` does what the `rekindle` command does."""

from rekindle_desktop.cli import main

raise SystemExit(main())
