# Replaces PyInstaller's own hook for PySide6.QtGui (hookspath in activity-desk.spec wins over the
# built-in hooks): the same collection, minus Qt plugins a desktop CRM client does not use.
#
# * platformthemes/libqgtk3: would drag the build machine's whole GTK 3 stack (gtk, gdk, cairo,
#   pango, atk …, about 20 MB on Linux) into the bundle. The xdgdesktopportal theme stays (it follows
#   the desktop's colour scheme through the portal), so does Qt's own Fusion style.
# * platforms for embedded/kiosk use (eglfs, linuxfb, vnc, vkkhrdisplay, minimal, minimalegl) and the
#   eglfs device integrations, and the "generic" input plugins (evdev, tuio) that only those use:
#   a desktop session uses xcb or wayland (and tests use offscreen).
from pathlib import PurePath

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

UNUSED_PLUGIN_FILES = {
    "libqgtk3", "libqeglfs", "libqlinuxfb", "libqvnc", "libqvkkhrdisplay", "libqminimal", "libqminimalegl",
}
UNUSED_PLUGIN_DIRS = {"egldeviceintegrations", "generic"}

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)


def _wanted(src: str) -> bool:
    path = PurePath(src)
    return path.name.split(".")[0] not in UNUSED_PLUGIN_FILES and path.parent.name not in UNUSED_PLUGIN_DIRS


binaries = [(src, dest) for src, dest in binaries if _wanted(src)]
