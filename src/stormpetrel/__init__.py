"""stormpetrel: political event data from news text, in PLOVER, with its evidence."""

__version__ = "0.1.0"
