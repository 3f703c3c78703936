"""Tests of the sandbox portal (``desktop_app.sandbox``)."""
