"""The "no secure keyring" message says what to do on the user's OS (issue 14, Bad input): on Linux
which Secret Service provider to install; on macOS and Windows — whose keyrings are built in — that
the Keychain / Credential Manager is unavailable, with no package to install."""

from __future__ import annotations

import pytest
from keyring.backends import fail

from desktop_app.services import secrets
from desktop_app.services.secrets import SecretStore


@pytest.mark.parametrize(
    ("platform", "named", "not_named"),
    [
        ("linux", ["gnome-keyring", "KWallet", "KeePassXC", "Secret Service"], ["Keychain", "Credential Manager"]),
        ("darwin", ["macOS Keychain", "built into the system", "unavailable"], ["gnome-keyring", "Install"]),
        ("win32", ["Windows Credential Manager", "built into the system", "unavailable"], ["gnome-keyring", "Install"]),
    ],
)
def test_the_hint_names_what_to_do_on_each_os(monkeypatch: pytest.MonkeyPatch, platform: str,
                                             named: list[str], not_named: list[str]) -> None:
    monkeypatch.setattr(secrets.sys, "platform", platform)

    message = SecretStore(fail.Keyring()).unavailable_message()

    for text in named:
        assert text in message
    for text in not_named:
        assert text not in message
    assert message.endswith("restart Activity Desk.")
