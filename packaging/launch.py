"""The frozen app's entry point: what the `rekindle` console script runs."""

from rekindle_desktop.cli import main

raise SystemExit(main())
