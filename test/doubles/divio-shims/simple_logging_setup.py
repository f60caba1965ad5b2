"""Stand-in for simple-logging-setup: setup(preset, level, loggers) as plain logging."""
import logging


def setup(preset=None, level="info", loggers=(), **_kwargs):
    logging.basicConfig(level=getattr(logging, str(level).upper(), logging.INFO), format="%(levelname)s %(name)s: %(message)s")
    for name in loggers:
        if name.startswith("+"):
            logging.getLogger(None if name == "+root" else name[1:]).setLevel(logging.DEBUG)
