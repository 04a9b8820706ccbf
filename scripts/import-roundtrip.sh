#!/usr/bin/env bash
# The import round trip, proven by building it: `stackgen import` writes a Swift app for the
# multi-stack fixture (Tests/StackgenAdoptTests/Fixtures/bartender) and for every multi-stack
# set of ../shared/yaml-corpus (skipped when absent), all into one temporary Swift package
# that depends on this checkout by path; the package is built, each app's `synth` and `plan`
# run, and then for each app:
#   - the templates the built app synthesized are compared with the input (`import
#     --synthesized`: stacks, logical ids, types, properties as trees after normalising
#     intrinsic spellings), and that list of differences must be exactly the one the import
#     report gave: a difference not in the report fails;
#   - the deploy-order edges of the built app's plan must be those `check --plan` finds in the
#     input templates.
# Usage: scripts/import-roundtrip.sh [path/to/stackgen]   (default: .build/debug/stackgen)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
stackgen="$(cd "$root" && realpath "${1:-.build/debug/stackgen}")"
corpus="$root/../shared/yaml-corpus"
work="$(mktemp -d "${TMPDIR:-/tmp}/stackgen-roundtrip.XXXXXX")"
trap 'rm -rf "$work"' EXIT
started=$(date +%s)

mkdir -p "$work/inputs" "$work/pkg/Sources"
apps=()      # app name
folders=()   # input folder
options=()   # extra import/check options, one string per app

# The fixture (copied: the built app's synth writes stackgen.out beside the templates):
# samconfig.toml beside each template names its stack and region.
cp -R "$root/Tests/StackgenAdoptTests/Fixtures/bartender" "$work/inputs/bartender"
apps+=("bartender")
folders+=("$work/inputs/bartender")
options+=("")

# Each corpus set: its templates copied into a folder of their own, named and parametrised
# with --stack and --param as the set's JSON says.
if [ -d "$corpus/sets" ]; then
    for set in "$corpus"/sets/*.json; do
        name="$(basename "$set" .json)"
        mkdir -p "$work/inputs/$name"
        opts="$(python3 - "$set" "$corpus/templates" "$work/inputs/$name" <<'PY'
import json, shlex, shutil, sys
data = json.load(open(sys.argv[1]))
args = []
for stack in data["stacks"]:
    name = stack["stack"]
    shutil.copy(f"{sys.argv[2]}/{stack['template']}", f"{sys.argv[3]}/{name}.yaml")
    args.append(f"--stack={name}={name}.yaml@{stack['region']}")
    for key, value in sorted(stack.get("parameters", {}).items()):
        args.append(f"--param={name}.{key}={value}")
print(" ".join(shlex.quote(a) for a in args))
PY
)"
        apps+=("$name")
        folders+=("$work/inputs/$name")
        options+=("$opts")
    done
else
    echo "note: $corpus is absent; round trip of the fixture only"
fi

type_name() { python3 -c 'import re,sys; w=[x for x in re.split(r"[^A-Za-z0-9]+", sys.argv[1]) if x]; n="".join(x[0].upper()+x[1:] for x in w); print(("S"+n) if n[0].isdigit() else n)' "$1"; }

targets=""
entries=""
imports=""
products=""
for i in "${!apps[@]}"; do
    app="${apps[$i]}"
    type="$(type_name "$app")"
    out="$work/pkg/Sources/Imported$type"
    eval "extra=(${options[$i]})"
    (cd "${folders[$i]}" && "$stackgen" import . --app "$app" --out "$out" "${extra[@]}" > "$work/$app.import.txt") || {
        echo "error: stackgen import failed for $app:"; cat "$work/$app.import.txt"; exit 1; }
    # The catalog targets the report lists, as products of the stackgen package.
    deps="$(sed -n '/^## Catalog targets the code imports/,/^## /p' "$out/IMPORT-REPORT.md" | sed -n 's/^- `\(.*\)`$/\1/p')"
    list='.product(name: "StackgenCore", package: "stackgen")'
    for dep in $deps; do list+=", .product(name: \"$dep\", package: \"stackgen\")"; done
    targets+="        .target(name: \"Imported$type\", dependencies: [$list], exclude: [\"IMPORT-REPORT.md\"]),"$'\n'
    imports+="import Imported$type"$'\n'
    entries+="    AppEntry(\"$app\") { ${type}App.app },"$'\n'
    products+="\"Imported$type\", "
done

cat > "$work/pkg/Package.swift" <<EOF
// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "roundtrip",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "stackgen", path: "$root")],
    targets: [
$targets        .executableTarget(name: "roundtrip", dependencies: [.product(name: "StackgenCLI", package: "stackgen"), $products]),
    ]
)
EOF
mkdir -p "$work/pkg/Sources/roundtrip"
cat > "$work/pkg/Sources/roundtrip/main.swift" <<EOF
${imports}import StackgenCLI

StackgenCommandLine.main(apps: [
$entries])
EOF

echo "== building ${#apps[@]} imported apps in one package"
build_started=$(date +%s)
# The package's own build folder; the stackgen checkout's .build is not touched.
swift build -j 2 --package-path "$work/pkg" --product roundtrip 2>&1 | grep -E "error|warning: unre|Compiling roundtrip|Build complete" || true
runner="$work/pkg/.build/debug/roundtrip"
[ -x "$runner" ] || { echo "error: the imported apps do not build"; swift build --package-path "$work/pkg" --product roundtrip 2>&1 | grep -B2 -A6 "error:" | head -80; exit 1; }
echo "built in $(( $(date +%s) - build_started )) s"

failed=0
for i in "${!apps[@]}"; do
    app="${apps[$i]}"
    type="$(type_name "$app")"
    eval "extra=(${options[$i]})"
    before=$failed
    failed=0
    # Run where the import read the templates, into the default output folder: the report's
    # differences are computed for exactly that (local code paths move to the app's folder).
    synth="${folders[$i]}/stackgen.out/$app"
    (cd "${folders[$i]}" && "$runner" synth --app "$app" > /dev/null 2>&1)
    (cd "${folders[$i]}" && "$runner" plan --app "$app" --format json > "$work/$app.plan.json" 2> /dev/null)
    # The same import again, now comparing the templates the built app wrote.
    (cd "${folders[$i]}" && "$stackgen" import . --app "$app" --out "$work/again/$app" --synthesized "$synth" "${extra[@]}" > /dev/null) || true
    report="$work/pkg/Sources/Imported$type/IMPORT-REPORT.md"
    section() { sed -n '/^## Differences after synthesis/,$p' "$1"; }
    if ! diff <(section "$report") <(section "$work/again/$app/IMPORT-REPORT.md") > "$work/$app.diff"; then
        echo "FAIL $app: the built app's templates differ from the input in ways the import report does not list:"
        cat "$work/$app.diff"
        failed=1
    fi
    (cd "${folders[$i]}" && "$stackgen" check . --plan --format json "${extra[@]}" > "$work/$app.check.json" 2> /dev/null) || true
    if ! python3 - "$work/$app.check.json" "$work/$app.plan.json" <<'PY'
import json, sys
def edges(path):
    steps = json.load(open(path))["steps"]
    return {(dep["name"] if isinstance(dep, dict) else dep, step["name"])
            for step in steps if step["kind"] == "stack" for dep in step["dependsOn"]}
want, got = edges(sys.argv[1]), edges(sys.argv[2])
for producer, consumer in sorted(want - got): print(f"  missing edge {producer} -> {consumer}")
for producer, consumer in sorted(got - want): print(f"  extra edge {producer} -> {consumer}")
sys.exit(0 if want == got else 1)
PY
    then
        echo "FAIL $app: the built app's import edges differ from the input's"
        failed=1
    fi
    differences="$(section "$report" | grep -c '^- ' || true)"
    [ "$failed" = 0 ] && echo "ok   $app: $(grep -c '"kind" : "stack"\|"kind": "stack"' "$work/$app.plan.json") stacks, $differences reported differences, same edges"
    [ "$before" = 0 ] || failed=1
done

echo "round trip of ${#apps[@]} apps took $(( $(date +%s) - started )) s"
exit "$failed"
