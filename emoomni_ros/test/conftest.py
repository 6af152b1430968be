import os
from pathlib import Path

import pytest

from emoomni_ros.testing import configure_ros_test_env

configure_ros_test_env()

# ../shared/data beside the checkout (CI has the same layout); EMOOMNI_DATA overrides.
DATA = Path(os.environ.get("EMOOMNI_DATA", Path(__file__).resolve().parents[2].parent / "shared" / "data"))


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not DATA.is_dir():
        pytest.skip(f"shared data not found at {DATA} (set EMOOMNI_DATA)")
    return DATA
