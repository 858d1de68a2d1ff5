#!/usr/bin/env bash
# The pre-commit hook's entry (.pre-commit-hooks.yaml): builds docket in the hook's checkout on
# first use, then lints the records pre-commit passes, from the repository being committed to.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bash "$here/scripts/integrations/build.sh"
exec node "$here/packages/cli/dist/bin.js" lint "$@"
