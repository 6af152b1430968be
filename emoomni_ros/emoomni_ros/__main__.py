import sys

from emoomni_ros.cli import main

sys.exit(main())
