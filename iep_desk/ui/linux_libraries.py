"""On Linux, say in plain words which system library Qt's window needs, instead of Qt's abort.

Qt draws windows on a Linux desktop through its "xcb" plugin, which needs a handful of X11
libraries that a minimal Linux install may lack. Without one, Qt prints a message that names
the wrong library and aborts. Loading the plugin ourselves first gives the system's own
answer ("libxcb-icccm.so.4: cannot open shared object file"), which names the missing file:
the teacher (or IT) is told which package to install.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from pathlib import Path

# The library files the xcb plugin needs that desktop installs may lack, and the Debian /
# Ubuntu package that brings each (the names on other distributions are similar).
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}
_MISSING = re.compile(r"([\w.+-]+\.so[\w.]*): cannot open shared object file")


def _wants_xcb() -> bool:
    chosen = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip()
    if chosen:
        return chosen == "xcb"
    # Qt picks xcb on an X11 desktop, and on Wayland when its own Wayland plugin cannot run.
    return bool(os.environ.get("DISPLAY"))


def xcb_plugin() -> Path | None:
    """The xcb platform plugin of the PySide6 in use, if it has one."""
    import PySide6

    for plugins in (Path(PySide6.__file__).parent / "Qt" / "plugins",
                    Path(PySide6.__file__).parent / "plugins"):
        candidate = plugins / "platforms" / "libqxcb.so"
        if candidate.is_file():
            return candidate
    return None


def missing_library(plugin: Path | None = None) -> str | None:
    """The file name of a library the xcb plugin cannot load, or None when all is there
    (or when this is not Linux, or the window will not use xcb)."""
    if plugin is None:
        if not sys.platform.startswith("linux") or not _wants_xcb():
            return None
        plugin = xcb_plugin()
        if plugin is None:
            return None
    try:
        ctypes.CDLL(str(plugin))
    except OSError as error:
        found = _MISSING.search(str(error))
        return found.group(1) if found else None
    return None


def explain(library: str) -> str:
    """The message for the teacher or IT, naming the package to install."""
    package = DEBIAN_PACKAGES.get(library)
    install = (f"On Debian or Ubuntu: sudo apt install {package}" if package
               else "Install the package that provides it with your system's package manager.")
    return (f"IEP Desk cannot open its window: this computer lacks the system library "
            f"{library}, which Qt needs to draw windows on a Linux desktop.\n{install}\n"
            f"Your caseload was not opened or changed. The commands that need no window "
            f"(iep-desk check, backup, export, print) still work.")
