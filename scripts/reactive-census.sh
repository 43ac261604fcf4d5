#!/usr/bin/env bash
# How many reactive nodes each page of the app asks for, before and after a
# change: a census of the places in each page's own source that create one,
# by kind. It counts construction sites, not live nodes at run time (Leptos
# 0.8 keeps its arena private): a site inside a per-item closure (a card of
# a list) creates one node per item. `move ||` closures are counted apart:
# inside `view!` each becomes a render effect.
#
#   scripts/reactive-census.sh [BEFORE [AFTER]]   # git revisions; default
#                                                 # 36e30c5 (before the
#                                                 # reshaping) and the work tree
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
before="${1:-36e30c5}"
after="${2:-}"

# name|pattern (grep -E) of each kind of node.
kinds=(
  "signal|\\b(signal|signal_local)\\(|\\b(Arc)?RwSignal::new\\("
  "memo|\\bMemo::new\\("
  "derived|\\bSignal::derive\\("
  "effect|\\b(Effect|RenderEffect)::new\\("
  "resource|\\b(Local|Once)?Resource::new\\(|\\bresource\\("
  "action|\\bAction::new(_local)?\\(|\\bapi_action\\(|Deletion::in_component\\("
  "spawn|\\bspawn_local\\("
  "stored|\\bStoredValue::new\\("
  "closure|move \\|\\|"
)

# The files of a page at a revision (empty: the work tree).
files_of() {
  local rev="$1" spec="$2"
  if [ -z "$rev" ]; then
    (cd app/src && for f in $spec; do [ -e "$f" ] && find "$f" -name '*.rs'; done) | sort -u
  else
    for f in $spec; do
      git ls-tree -r --name-only "$rev" -- "app/src/$f" 2>/dev/null | sed 's#^app/src/##'
    done | sort -u
  fi
}

read_file() {
  local rev="$1" file="$2"
  if [ -z "$rev" ]; then cat "app/src/$file"; else git show "$rev:app/src/$file"; fi
}

# Counts of every kind over a page's files, space separated.
census() {
  local rev="$1" spec="$2" text
  text="$(for f in $(files_of "$rev" "$spec"); do read_file "$rev" "$f"; done)"
  local out=() entry pattern n
  for entry in "${kinds[@]}"; do
    pattern="${entry#*|}"
    n="$(printf '%s\n' "$text" | grep -v '^[[:space:]]*//' | grep -oE "$pattern" | wc -l || true)"
    out+=("$n")
  done
  echo "${out[*]}"
}

# page|files, as paths under app/src (a folder takes every file in it).
pages=(
  "import wizard|routes/import.rs routes/import"
  "business profile|routes/profile.rs routes/profile"
  "new profile|routes/new_profile.rs"
  "profiles list|routes/profiles.rs"
  "results|routes/results.rs"
  "referrals|routes/referrals.rs"
  "dashboard + settings|routes/dashboard.rs routes/settings.rs"
  "shared components|components"
  "app shell (lib, ctx, data, nav)|lib.rs ctx.rs data.rs nav.rs"
)

header="$(for entry in "${kinds[@]}"; do printf '%9s' "${entry%%|*}"; done)"
printf '%-34s %-7s%s %7s\n' page rev "$header" nodes
for page in "${pages[@]}"; do
  name="${page%%|*}" spec="${page#*|}"
  for rev in "$before" "$after"; do
    read -r -a counts <<<"$(census "$rev" "$spec")"
    # Nodes: everything but the closures and the hand-written tasks.
    nodes=0
    for i in 0 1 2 3 4 5 7; do nodes=$((nodes + counts[i])); done
    label="${rev:-now}"
    printf '%-34s %-7s' "$name" "${label:0:7}"
    printf '%9s' "${counts[@]}"
    printf ' %7s\n' "$nodes"
  done
done
