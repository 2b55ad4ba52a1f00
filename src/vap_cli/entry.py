"""The `vap` program's entry point (pyproject's [project.scripts], `python -m vap_cli`).

Importing the command line takes a few hundred milliseconds on a slow machine, and
cli.main installs its signal handling only once it is imported. A Ctrl-C that lands
during that import would otherwise end the run with Python's traceback; here it
stops the run as one landing later does: "vap: interrupted", exit 130. (What is
left is Python's own start-up and the launcher's `import re`, before any of vap's
code runs: about 50 ms on a slow machine.)
"""

from __future__ import annotations

import sys

# 128 + SIGINT, what a shell reports for a run stopped by Ctrl-C (as cli.main exits).
INTERRUPTED_EXIT = 130


def main() -> None:
    try:
        from .cli import main as run_command_line

        run_command_line()
    except KeyboardInterrupt:
        # Only one that escaped cli.main: raised before its own handling was in place.
        sys.stderr.write("vap: interrupted\n")
        raise SystemExit(INTERRUPTED_EXIT) from None
