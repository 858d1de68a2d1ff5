#!/usr/bin/env bash
# The lint step of the docket GitHub Action (action.yml at the repository root). Inputs arrive as environment variables,
# never spliced into the script, so a branch name or path cannot inject shell code.
#   DOCKET_BIN        the built CLI (packages/cli/dist/bin.js of the action's checkout)
#   DOCKET_FORMAT     github | sarif
#   DOCKET_PATHS      files, folders or globs, separated by spaces or newlines (globs are left to docket)
#   DOCKET_SINCE      a ref: lint only records changed since the merge base with it
#   DOCKET_BASE       a ref to compare records with (default: DOCKET_SINCE)
#   DOCKET_SARIF_FILE where the sarif format writes its report
#   DOCKET_ARGS       more `docket lint` arguments, separated by spaces
# Writes exit-code=<n> to $GITHUB_OUTPUT and exits 0, so a later step can upload the SARIF
# report before the job fails.
set -uo pipefail

format="${DOCKET_FORMAT:-github}"
case "$format" in
  github | sarif) ;;
  *)
    echo "::error title=docket::format must be github or sarif, not \"$format\""
    echo "exit-code=2" >>"${GITHUB_OUTPUT:-/dev/null}"
    exit 0
    ;;
esac

# Word-split the lists without expanding globs: docket expands them itself.
set -f
read -r -d '' -a paths <<<"${DOCKET_PATHS:-}"
read -r -d '' -a extra <<<"${DOCKET_ARGS:-}"
set +f

args=(lint --format "$format")
[ -n "${DOCKET_SINCE:-}" ] && args+=(--since "$DOCKET_SINCE")
[ -n "${DOCKET_BASE:-}" ] && args+=(--base "$DOCKET_BASE")
[ "$format" = sarif ] && args+=(--output-file "${DOCKET_SARIF_FILE:-docket.sarif}")
args+=("${extra[@]}" "${paths[@]}")

node "$DOCKET_BIN" "${args[@]}"
code=$?
echo "exit-code=$code" >>"${GITHUB_OUTPUT:-/dev/null}"
exit 0
