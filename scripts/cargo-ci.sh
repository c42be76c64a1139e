#!/usr/bin/env bash
# Runs a cargo command (build, test, …) on the whole workspace in the `ci` profile (release at
# opt-level 1, see Cargo.toml) with the library's `html` and `schema` features: the one
# selection every test script uses.
#
#   scripts/cargo-ci.sh test
#   scripts/cargo-ci.sh build --bins --examples     (then run target/ci/…)
#
# Cargo resolves the features of the dependencies per command, from the packages it selects
# and from whether tests or examples are built (dev-dependencies). A different selection
# (`-p zhnews-cli`, `--features html` alone, the workspace without the Python crate) changes
# features of shared dependencies and builds the library again: about 3 minutes on 2 cores
# each time. The wheel (`maturin build`, the Python crate alone) reaches the same features
# because python/Cargo.toml asks for the one the dev-dependencies add (see there).
set -euo pipefail
cd "$(dirname "$0")/.."
command="${1:?usage: scripts/cargo-ci.sh COMMAND [ARGS...]}"
shift
exec cargo "$command" --profile ci --workspace --features zhnews/html,zhnews/schema "$@"
