#!/usr/bin/env bash
# Builds docket inside its own checkout, once: the GitHub Action and the pre-commit hook run
# docket from the repository they were fetched from, not from the npm registry.
# Needs Node.js 20 or later (corepack ships with it). Progress goes to stderr.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
if [ -f packages/cli/dist/bin.js ] && [ -d node_modules ]; then
  exit 0
fi
export COREPACK_ENABLE_DOWNLOAD_PROMPT=0
echo "docket: installing and building docket in $(pwd) (first run only)" >&2
corepack pnpm install --frozen-lockfile --silent >&2
corepack pnpm -s build >&2
