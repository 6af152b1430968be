"""EmoOmni for ROS 2: emotional intelligence for social robots (see README.md)."""

__version__ = "0.1.0"
