"""Icons and other files the app ships (installed as `rekindle_desktop.resources`)."""
