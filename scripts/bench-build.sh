#!/usr/bin/env bash
# Measures the build budgets of README "Build budgets" and prints the figures.
#
#   scripts/bench-build.sh edit [RUNS]   edit one stack file → templates: changes a string in
#                                        Stacks/EventBusStack.swift RUNS times (default 9), each
#                                        followed by `swift run stackgen synth`, checks that the
#                                        new string reached the template, prints the sorted
#                                        times and their median. Needs a built checkout (it
#                                        warms up once); the file is restored on exit.
#   scripts/bench-build.sh fresh         a fresh clone of HEAD: `swift run stackgen synth`.
#   scripts/bench-build.sh package       a fresh clone of HEAD: clean `swift build --build-tests`
#                                        (every service module and every test).
#   scripts/bench-build.sh user          a new package depending on this checkout whose app
#                                        imports 5 services (S3, Lambda, DynamoDB, SQS, IAM):
#                                        clean `swift build`.
#
# Wall time is what the budgets are; CPU time (user + sys of every process) is printed
# beside it, since a loaded machine stretches the first and not the second. Scratch clones
# and packages live in a temporary folder that is removed on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

usage() { sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 64; }

# Runs "$@" (output to $log) and sets wall and cpu, in seconds; exits when it fails.
timed() {
    local log=$1; shift
    /usr/bin/time -o "$log.time" -f '%e %U %S' "$@" >"$log" 2>&1 || {
        echo "error: '$*' failed; its output:" >&2; tail -40 "$log" >&2; exit 1; }
    read -r wall cpu < <(awk '{ printf "%.2f %.2f\n", $1, $2 + $3 }' "$log.time")
}

minutes() { awk '{ s = $1; printf "%d min %02d s", s / 60, s % 60 }' <<<"$1"; }

scratch=$(mktemp -d -t stackgen-bench-build.XXXXXX)
cleanup() { rm -rf "$scratch"; }
trap cleanup EXIT

fresh_clone() { git clone --quiet --no-hardlinks "$root" "$scratch/clone"; }

edit() {
    local runs=${1:-9}
    local file="Stacks/EventBusStack.swift" anchor="Custom event bus for AI Bartender application events"
    local template="stackgen.out/ai-bartender/ai-bartender-eventbus.template.json"
    grep -q "$anchor\"" "$file" || { echo "error: $file no longer holds the string this benchmark edits: \"$anchor\"" >&2; exit 1; }
    cp "$file" "$scratch/original.swift"
    trap 'cp "$scratch/original.swift" "$root/'"$file"'"; cleanup' EXIT
    echo "warming up (one build and synth)" >&2
    swift run stackgen synth >"$scratch/warm.log" 2>&1 || { echo "error: the checkout does not build:" >&2; tail -40 "$scratch/warm.log" >&2; exit 1; }
    local walls=() cpus=()
    for i in $(seq 1 "$runs"); do
        local marker="$anchor (edit $i of $$)"
        sed "s/$anchor\"/$marker\"/" "$scratch/original.swift" >"$file"
        timed "$scratch/edit.log" swift run stackgen synth
        grep -q "(edit $i of $$)" "$template" || { echo "error: edit $i did not reach $template" >&2; exit 1; }
        walls+=("$wall"); cpus+=("$cpu")
        echo "edit $i: ${wall} s wall, ${cpu} s CPU" >&2
    done
    cp "$scratch/original.swift" "$file"
    local sorted median
    sorted=$(printf '%s\n' "${walls[@]}" | sort -n | tr '\n' ' ')
    median=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
    echo "edit one stack file → templates, $runs runs, wall (s) sorted: $sorted"
    echo "median: $median s wall; CPU per run (s): $(printf '%s\n' "${cpus[@]}" | sort -n | tr '\n' ' ')"
}

fresh() {
    fresh_clone
    cd "$scratch/clone" && timed "$scratch/fresh.log" swift run stackgen synth
    echo "fresh clone's swift run stackgen synth: $(minutes "$wall") wall ($wall s), $cpu s CPU"
}

package() {
    fresh_clone
    cd "$scratch/clone" && timed "$scratch/package.log" swift build --build-tests
    echo "clean debug build of the whole package (swift build --build-tests): $(minutes "$wall") wall ($wall s), $cpu s CPU"
}

user() {
    local pkg="$scratch/five-services"
    mkdir -p "$pkg/Sources/shop"
    cat >"$pkg/Package.swift" <<EOF
// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "shop",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "stackgen", path: "$root")],
    targets: [
        .executableTarget(
            name: "shop",
            dependencies: [
                .product(name: "StackgenCLI", package: "stackgen"),
                .product(name: "StackgenS3", package: "stackgen"),
                .product(name: "StackgenLambda", package: "stackgen"),
                .product(name: "StackgenDynamoDB", package: "stackgen"),
                .product(name: "StackgenSQS", package: "stackgen"),
                .product(name: "StackgenIAM", package: "stackgen"),
            ])
    ]
)
EOF
    cat >"$pkg/Sources/shop/main.swift" <<'EOF'
import StackgenCLI
import StackgenDynamoDB
import StackgenIAM
import StackgenLambda
import StackgenS3
import StackgenSQS

enum Shop {
    static var app: App {
        var data = Stack("shop-data", description: "Orders table, uploads bucket and work queue.")
        let table = data.add(
            "Orders",
            DynamoDB.Table(
                keySchema: [.init(attributeName: "pk", keyType: .hash)],
                attributeDefinitions: [.init(attributeName: "pk", attributeType: .s)],
                billingMode: .payPerRequest))
        data.add("Uploads", S3.Bucket())
        let queue = data.add("Work", SQS.Queue(visibilityTimeout: 60))
        let tableArn = data.output("OrdersTableArn", table.arn, exportName: "shop-data-orders-arn")
        let queueUrl = data.output("WorkQueueUrl", queue.queueUrl, exportName: "shop-data-work-url")

        var api = Stack("shop-api", description: "The orders function.")
        let role = api.add(
            "OrdersRole",
            IAM.Role(
                assumeRolePolicyDocument: IAM.PolicyDocument(.assumeRole(by: .service("lambda.amazonaws.com"))),
                policies: [.init(policyDocument: IAM.PolicyDocument(.allow(["dynamodb:PutItem"], on: [tableArn.value])), policyName: "orders")]))
        api.add(
            "Orders",
            Lambda.Function(
                code: .init(zipFile: "exports.handler = async () => ({ statusCode: 200 })"),
                role: role.arn,
                environment: .init(variables: ["QUEUE_URL": queueUrl.value]),
                handler: "index.handler",
                runtime: .nodejs20X))

        var app = App("shop", description: "A five-service app for the build budget.", region: .euWest1)
        app.add(data)
        app.add(api)
        return app
    }
}

StackgenCommandLine.main(apps: [AppEntry("shop") { Shop.app }])
EOF
    timed "$scratch/user.log" swift build --package-path "$pkg"
    echo "a user package whose app imports 5 services (S3, Lambda, DynamoDB, SQS, IAM), clean swift build: $(minutes "$wall") wall ($wall s), $cpu s CPU"
    "$pkg/.build/debug/shop" synth --app shop --out "$scratch/shop.out" >/dev/null
    echo "(its synth wrote: $(cd "$scratch/shop.out" && ls *.template.json | tr '\n' ' '))"
}

case "${1:-}" in
    edit) shift; edit "$@" ;;
    fresh) fresh ;;
    package) package ;;
    user) user ;;
    *) usage ;;
esac
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
