"""Where the package's files are: shipped models and data, and the checkout's neighbours (the
project's labelled data in ``../shared/data``, overridable with ``EMOOMNI_DATA``)."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
MODELS_DIR = PACKAGE_DIR / "models"
DATA_DIR = PACKAGE_DIR / "data"
# The ROS package folder (config/, test/) and the repository root, when run from a checkout.
ROS_PACKAGE_DIR = PACKAGE_DIR.parent
SHARED_DATA = Path(os.environ.get("EMOOMNI_DATA", ROS_PACKAGE_DIR.parent.parent / "shared" / "data"))
