#!/usr/bin/env python3
"""Set up Activity Desk from a fresh checkout, then run the demo or the test suite.

Usage (from anywhere; paths are relative to the repository root)::

    python3 packaging/bootstrap.py demo  [-- APP-ARGS...]     # set up, open the demo portal
    python3 packaging/bootstrap.py test  [-- PYTEST-ARGS...]  # set up, run the whole test suite
    python3 packaging/bootstrap.py setup [--for demo|test]    # set up only (default: test)

Steps, each quick when already done, one line each:

1. Python: this interpreter must be 3.11 or newer.
2. System packages (Debian/Ubuntu only): the libraries Qt needs for xcb windows and offscreen
   rendering; for ``test`` also Xvfb, D-Bus and GNOME Keyring. Missing ones are installed with
   ``apt-get`` as root or through ``sudo -n``; otherwise the command to run is printed.
3. ``.venv`` in the repository root, made with this interpreter (re-made when broken or made
   with another Python version); pip upgraded only when older than 23.
4. ``pip install -e .`` (demo) or ``pip install -e '.[test]'`` (test), skipped while the stamp
   ``.venv/.activity-desk-stamp`` matches the sha256 of ``pyproject.toml``.

``test`` then runs the linters from ``.venv``: ``ruff check desktop_app tests packaging`` (rules in
pyproject.toml [tool.ruff]) and ``lint-imports`` (the layer contracts in [tool.importlinter]). Then
``python -m pytest`` with ``QT_QPA_PLATFORM=offscreen`` inside a private D-Bus session
(``dbus-run-session``) with a throw-away, unlocked GNOME Keyring, so the keyring tests talk to a real
Secret Service; pytest is killed after 5400 s. pytest runs even when a linter failed (its results are
worth having); the command then fails and its last line names the failed linters. The exit code is
pytest's when pytest failed (5, "no tests collected", counts as a failure), else 1 when a linter
failed, else 0.

Standard library only: this runs before anything is installed.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

MIN_PYTHON = (3, 11)
MIN_PIP = (23,)
ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".activity-desk-stamp"
PYTEST_TIMEOUT_S = 5400
# Throw-away password of the test keyring (gnome-keyring 42 does not create the "login"
# collection from an empty password). The keyring lives in a temp dir deleted after the run.
TEST_KEYRING_PASSWORD = "activity-desk-test"

APP_PACKAGES = [
    "libegl1", "libgl1", "libxkbcommon0", "libxkbcommon-x11-0", "libfontconfig1", "libdbus-1-3",
    "libglib2.0-0", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0",
    "libxcb-render-util0", "libxcb-shape0", "libxcb-xinerama0", "libxcb-xkb1", "libxcb-randr0",
    "fonts-dejavu-core",
]
TEST_PACKAGES = ["xvfb", "xauth", "dbus", "dbus-x11", "gnome-keyring"]


class SetupError(Exception):
    """A step cannot continue; the message says what to do."""


def say(message: str) -> None:
    print(f"[bootstrap] {message}", flush=True)


def run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, check=False, **kwargs)


# -- 1. Python -------------------------------------------------------------------------------

def check_python() -> None:
    version = ".".join(map(str, sys.version_info[:3]))
    if sys.version_info < MIN_PYTHON:
        raise SetupError(
            f"Activity Desk needs Python {MIN_PYTHON[0]}.{MIN_PYTHON[1]} or newer, but this is "
            f"Python {version} ({sys.executable}). Install Python 3.11 or newer (Ubuntu 22.04: "
            "'sudo apt-get install python3.11 python3.11-venv'; otherwise python.org or pyenv) "
            "and run this script with it, e.g. 'python3.11 packaging/bootstrap.py demo'."
        )
    say(f"Python {version} ({sys.executable}): ok")


# -- 2. System packages ----------------------------------------------------------------------

def installed_debian_packages(names: list[str]) -> set[str]:
    """Names among ``names`` whose dpkg status is 'install ok installed' (one dpkg-query call)."""
    result = run(
        ["dpkg-query", "-W", "-f=${Package} ${Status}\n", *names],
        capture_output=True, text=True,
    )  # exit code 1 when some name is unknown; the known ones are still listed
    found = set()
    for line in result.stdout.splitlines():
        name, _, status = line.partition(" ")
        if status.strip() == "install ok installed":
            found.add(name.split(":")[0])
    return found


def venv_support_package() -> str | None:
    """Debian's python3.X-venv when this is a Debian python without ensurepip, else None."""
    try:
        import ensurepip  # noqa: F401
    except ImportError:
        if sys.executable.startswith("/usr/bin/"):
            return f"python{sys.version_info[0]}.{sys.version_info[1]}-venv"
    return None


def ensure_system_packages(purpose: str) -> None:
    wanted = list(APP_PACKAGES) + (TEST_PACKAGES if purpose == "test" else [])
    if not sys.platform.startswith("linux"):
        say(f"system packages: skipped on {sys.platform} (Qt ships what it needs)")
        return
    if shutil.which("dpkg-query") is None or shutil.which("apt-get") is None:
        say(
            "system packages: skipped (not Debian/Ubuntu); install your distribution's "
            "equivalents of: " + " ".join(wanted)
        )
        return
    extra = venv_support_package()
    if extra:
        wanted.append(extra)
    installed = installed_debian_packages(wanted)
    missing = [name for name in wanted if name not in installed]
    if not missing:
        say(f"system packages: all {len(wanted)} installed")
        return
    install = ["apt-get", "install", "-y", "--no-install-recommends", *missing]
    if os.geteuid() == 0:
        prefix: list[str] = []
    elif shutil.which("sudo") and run(["sudo", "-n", "true"], capture_output=True).returncode == 0:
        prefix = ["sudo", "-n"]
    else:
        raise SetupError(
            "these system packages are missing: " + " ".join(missing) + "\n"
            "Install them as root, then run this command again:\n"
            "  sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive "
            + " ".join(install)
        )
    say("system packages: installing " + " ".join(missing))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    runner = prefix + (["env", "DEBIAN_FRONTEND=noninteractive"] if prefix else [])
    for cmd in (["apt-get", "update", "-q"], install):
        if run(runner + cmd, env=env).returncode != 0:
            raise SetupError(f"'{' '.join(prefix + cmd)}' failed; see the apt output above.")
    installed = installed_debian_packages(missing)
    still = [name for name in missing if name not in installed]
    if still:
        raise SetupError("apt-get did not install: " + " ".join(still))


# -- 3. Virtual environment ------------------------------------------------------------------

def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def venv_script(name: str) -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / f"{name}.exe"
    return VENV / "bin" / name


def venv_version() -> tuple[int, ...] | None:
    """(major, minor) of the existing venv's Python, or None when it is missing or broken."""
    python = venv_python()
    if not python.exists():
        return None
    result = run(
        [str(python), "-c", "import sys, pip; print(*sys.version_info[:2])"],
        capture_output=True, text=True,
    )
    if result.returncode != 0:
        return None
    return tuple(int(part) for part in result.stdout.split())


def ensure_venv() -> None:
    import venv

    wanted = tuple(sys.version_info[:2])
    current = venv_version()
    if current == wanted:
        say(f"virtualenv {VENV.name}: ok (Python {wanted[0]}.{wanted[1]})")
    else:
        if current is None and not VENV.exists():
            reason = "creating"
        elif current is None:
            reason = "re-creating broken"
        else:
            reason = f"re-creating (was Python {current[0]}.{current[1]})"
        say(f"virtualenv {VENV.name}: {reason} with {sys.executable}")
        try:
            venv.EnvBuilder(with_pip=True, clear=VENV.exists(), symlinks=os.name != "nt").create(VENV)
        except (OSError, subprocess.CalledProcessError) as exc:
            raise SetupError(
                f"could not create {VENV}: {exc}. On Debian/Ubuntu install "
                f"python{wanted[0]}.{wanted[1]}-venv."
            ) from None
    python = str(venv_python())
    result = run([python, "-m", "pip", "--version"], capture_output=True, text=True)
    pip_version = result.stdout.split()[1] if result.returncode == 0 else "0"
    if parse_version(pip_version) < MIN_PIP:
        say(f"pip {pip_version}: upgrading")
        if run([python, "-m", "pip", "install", "-q", "--upgrade", "pip"]).returncode != 0:
            raise SetupError("upgrading pip failed; see the output above.")
    else:
        say(f"pip {pip_version}: ok")


def parse_version(text: str) -> tuple[int, ...]:
    parts = []
    for piece in text.split("."):
        digits = "".join(ch for ch in piece if ch.isdigit())
        if not digits:
            break
        parts.append(int(digits))
    return tuple(parts)


# -- 4. The project itself -------------------------------------------------------------------

def read_stamp() -> tuple[str, set[str]]:
    """(pyproject sha256, extras installed) from the stamp, or ("", set())."""
    try:
        lines = STAMP.read_text(encoding="utf-8").split()
    except OSError:
        return "", set()
    digest = lines[0] if lines else ""
    return digest, set(lines[1:])


def ensure_project(purpose: str) -> None:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    extras = {"test"} if purpose == "test" else set()
    target = ".[test]" if extras else "."
    stamped, stamped_extras = read_stamp()
    if stamped == digest and extras <= stamped_extras:
        say(f"pip install -e '{target}': up to date (pyproject.toml unchanged)")
        return
    say(f"pip install -e '{target}': installing")
    cmd = [str(venv_python()), "-m", "pip", "install", "-q", "--disable-pip-version-check", "-e", target]
    if run(cmd, cwd=ROOT).returncode != 0:
        raise SetupError(f"'pip install -e {target}' failed; see the pip output above.")
    STAMP.write_text("\n".join([digest, *sorted(extras)]) + "\n", encoding="utf-8")


def setup(purpose: str) -> None:
    check_python()
    ensure_system_packages(purpose)
    ensure_venv()
    ensure_project(purpose)


# -- Commands --------------------------------------------------------------------------------

def command_demo(extra: list[str]) -> int:
    setup("demo")
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        say("the demo opens a window, which needs a desktop session (no DISPLAY or WAYLAND_DISPLAY).")
        say("Headless alternative, a screenshot of the demo window:")
        print("    xvfb-run -a .venv/bin/activity-desk --demo --screenshot out.png", flush=True)
        return 2
    app = venv_script("activity-desk")
    say(f"starting {app.relative_to(ROOT)} --demo {' '.join(extra)}".rstrip())
    return run([str(app), "--demo", *extra], cwd=ROOT).returncode


def private_runtime_dir(base: Path) -> str:
    """XDG_RUNTIME_DIR for the test session: the user's if usable, else a 0700 temp dir."""
    current = os.environ.get("XDG_RUNTIME_DIR")
    if current and os.path.isdir(current) and os.access(current, os.W_OK):
        return current
    runtime = base / "runtime"
    runtime.mkdir(mode=0o700)
    return str(runtime)


#: The linters ``test`` runs before pytest: (name, command in .venv/bin, arguments), from ROOT.
LINTERS = [
    ("ruff check", "ruff", ["check", "desktop_app", "tests", "packaging"]),
    ("lint-imports (layer contracts)", "lint-imports", ["--no-logo"]),
]


def run_linters() -> list[str]:
    """Run each of :data:`LINTERS`; return the names of those that failed (found problems or could not run)."""
    failed = []
    for name, script, args in LINTERS:
        say(f"running {script} {' '.join(args)}")
        try:
            code = run([str(venv_script(script)), *args], cwd=ROOT).returncode
        except OSError as exc:
            say(f"{name}: could not run ({exc})")
            code = 1
        if code != 0:
            failed.append(name)
    return failed


def command_test(extra: list[str]) -> int:
    setup("test")
    lint_failed = run_linters()
    if lint_failed:
        say("lint failed: " + ", ".join(lint_failed) + " (see above); running pytest all the same")
    pytest = [str(venv_python()), "-m", "pytest", *extra]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHON_KEYRING_BACKEND", None)  # the keyring tests pick the backend themselves
    with tempfile.TemporaryDirectory(prefix="activity-desk-test-") as tmp:
        base = Path(tmp)
        # Tests never touch the developer's real settings file.
        env["ACTIVITY_DESK_CONFIG_DIR"] = str(base / "config")
        if sys.platform.startswith("linux"):
            for tool in ("dbus-run-session", "gnome-keyring-daemon", "timeout"):
                if shutil.which(tool) is None:
                    raise SetupError(f"'{tool}' is missing; install: " + " ".join(TEST_PACKAGES))
            env["XDG_RUNTIME_DIR"] = private_runtime_dir(base)
            env["ACTIVITY_DESK_TEST_SECRET_SERVICE"] = "1"
            # Inside a private session bus: start gnome-keyring's Secret Service with a fresh,
            # unlocked "login" collection kept in the temp dir (the password comes on stdin),
            # then exec pytest under a hard timeout.
            script = (
                f"printf %s {shlex.quote(TEST_KEYRING_PASSWORD)} "
                f"| XDG_DATA_HOME={shlex.quote(str(base / 'keyring-data'))} "
                "gnome-keyring-daemon --unlock --components=secrets >/dev/null; "
                f'exec timeout -s KILL {PYTEST_TIMEOUT_S} "$@"'
            )
            cmd = ["dbus-run-session", "--", "sh", "-c", script, "sh", *pytest]
            say("running pytest (offscreen Qt, private D-Bus session with GNOME Keyring)")
        else:
            cmd = pytest
            say("running pytest (offscreen Qt, the system keyring)")
        try:
            code = run(cmd, cwd=ROOT, env=env, timeout=PYTEST_TIMEOUT_S + 60).returncode
        except subprocess.TimeoutExpired:
            code = 137
    if code == 5:
        say("pytest collected no tests: that is a failure")
        code = 5
    elif code in (137, -9):
        say(f"pytest was killed after {PYTEST_TIMEOUT_S} s")
        code = 137
    if lint_failed:
        say("FAILED: " + ", ".join(lint_failed) + " found problems (output above, before pytest's); "
            "fix them: the tree must stay lint-clean")
        return code or 1
    return code


def command_bench(extra: list[str]) -> int:
    """Set up like ``test``, then run the benchmarks (``tests/benchmarks/run.py``; JSON lines)."""
    setup("test")
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    runner = ROOT / "tests" / "benchmarks" / "run.py"
    say(f"running {runner.relative_to(ROOT)} {' '.join(extra)}".rstrip())
    return run([str(venv_python()), str(runner), *extra], cwd=ROOT, env=env).returncode


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    extra: list[str] = []
    if "--" in args:
        cut = args.index("--")
        args, extra = args[:cut], args[cut + 1:]
    parser = argparse.ArgumentParser(
        prog="bootstrap.py",
        description="Set up Activity Desk in .venv, then run the demo or the tests.",
        epilog="Arguments after -- go to the app (demo), to pytest (test) or to run.py (bench).",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("demo", help="set up, then open the app on the built-in demo portal")
    sub.add_parser("test", help="set up, then run ruff, the layer contracts and the whole test suite")
    sub.add_parser("bench", help="set up, then run the benchmarks (tests/benchmarks/run.py)")
    setup_parser = sub.add_parser("setup", help="only set up")
    setup_parser.add_argument(
        "--for", dest="purpose", choices=("demo", "test"), default="test",
        help="install what the demo or the tests need (default: test)",
    )
    options = parser.parse_args(args)
    try:
        if options.command == "demo":
            return command_demo(extra)
        if options.command == "test":
            return command_test(extra)
        if options.command == "bench":
            return command_bench(extra)
        setup(options.purpose)
        say("set-up complete")
        return 0
    except SetupError as exc:
        say(f"error: {exc}")
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
