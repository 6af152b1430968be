#!/usr/bin/env bash
# Runs "$@" with the workspace sourced (install/setup.bash chains the venv underlay and ROS 2).
set -eo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck disable=SC1091
. install/setup.bash
exec "$@"
