"""Rekindle: voluntary transparency to help two partners rebuild trust."""

__version__ = "0.1.0"
APP_NAME = "Rekindle"
