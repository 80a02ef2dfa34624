"""taizhang (台帐): evidence ledgers for community Party-building assessments."""

__version__ = "0.1.0"
