"""Moved to `analysis.reading`; this name stays for code written before the move."""

from analysis.reading import *  # noqa: F403
from analysis.reading import __all__  # noqa: F401
