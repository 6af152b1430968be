# EmoOmni for ROS 2. `make demo` and `make test` set up whatever is missing first.
SHELL := /bin/bash
.DEFAULT_GOAL := help
GPU ?= 0
# Runs a command inside the built workspace (ROS, the venv and the packages).
IN_WS := bash scripts/in_workspace.sh
PYTEST_ARGS ?=
DEMO_ARGS ?=

.PHONY: help setup test lint demo bench clean

help:
	@echo "make setup   install what is missing and build the workspace (GPU=1 adds the GPU extras)"
	@echo "make demo    run the whole ROS 2 graph on the bundled sample (DEMO_ARGS='--image F --audio F' for yours)"
	@echo "make test    lint and run every test"
	@echo "make bench   measure speed and memory, write bench/bench.json"

setup:
	@GPU=$(GPU) bash scripts/setup.sh

lint: setup
	@$(IN_WS) ruff check emoomni_ros emoomni_msgs scripts

test: setup lint
	@$(IN_WS) python3 -m pytest emoomni_msgs/test emoomni_ros/test $(PYTEST_ARGS)

demo: setup
	@$(IN_WS) python3 -m emoomni_ros run --demo --out demo_out $(DEMO_ARGS)

bench: setup
	@$(IN_WS) python3 -m emoomni_ros.bench --out bench

clean:
	rm -rf build install log .venv demo_out bench
