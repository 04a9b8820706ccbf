// swift-tools-version: 6.0
import PackageDescription

// Dependencies point one way (DESIGN §3):
// Core ← Resources ← apps;  Core ← Resolver ← Emit ← Pipeline ← CLI ← stackgen.
// No Swift package dependencies beyond the toolchain, by the user's choice.
let package = Package(
    name: "stackgen",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "StackgenCore", targets: ["StackgenCore"]),
        .library(name: "StackgenJSON", targets: ["StackgenJSON"]),
        .library(name: "StackgenResources", targets: ["StackgenResources"]),
        .library(name: "StackgenFacts", targets: ["StackgenFacts"]),
        .library(name: "StackgenCLI", targets: ["StackgenCLI"]),
        .executable(name: "stackgen", targets: ["stackgen"]),
    ],
    targets: [
        .target(name: "StackgenCore"),
        // Reads JSON back (templates, plan.json, AWS CLI output); no Foundation.
        .target(name: "StackgenJSON"),
        // Generated facts about every resource type (GetAtt names, create-only properties,
        // capabilities, stateful types, SAM's generated names); no dependencies.
        .target(name: "StackgenFacts"),
        // Stage 4: checks the emitted JSON on its own; shares nothing with the resolver.
        .target(name: "StackgenVerify", dependencies: ["StackgenJSON", "StackgenFacts"]),
        .target(name: "StackgenResources", dependencies: ["StackgenCore"]),
        .target(name: "StackgenResolver", dependencies: ["StackgenCore"]),
        .target(name: "StackgenEmit", dependencies: ["StackgenCore", "StackgenResolver"]),
        // The pipeline driver: lower → resolve → emit → verify, in memory.
        .target(name: "StackgenPipeline", dependencies: ["StackgenCore", "StackgenResolver", "StackgenEmit", "StackgenVerify"]),
        .target(
            name: "StackgenCLI",
            dependencies: ["StackgenCore", "StackgenResolver", "StackgenEmit", "StackgenPipeline", "StackgenVerify", "StackgenReader", "StackgenAdopt", "StackgenDiff"]),
        // CloudFormation YAML/JSON templates read into cfn-lint's tree (no Foundation: it ends up in `stackgen`).
        .target(name: "StackgenReader"),
        // Hand-written templates into the DSL model, for `check` and `import`.
        .target(name: "StackgenAdopt", dependencies: ["StackgenCore", "StackgenReader"]),
        // Prints a template as the reader decodes it, in cfn-lint's reference JSON form (for the judge script).
        .executableTarget(name: "stackgen-read", dependencies: ["StackgenReader"]),
        // Baselines, diffs and rollout phases: reads emitted templates and plans only.
        .target(name: "StackgenDiff", dependencies: ["StackgenCore", "StackgenResolver", "StackgenEmit", "StackgenJSON", "StackgenFacts"]),
        // Writes Sources/StackgenResources/**/+Generated.swift and
        // Sources/StackgenFacts/+Generated.swift from the registry schemas.
        .executableTarget(name: "stackgen-catalog-gen"),
        // Times lower, resolve, emit and write on synthetic apps of 1 to 1000 stacks.
        .executableTarget(
            name: "stackgen-bench", dependencies: ["StackgenResources", "StackgenEmit", "StackgenPipeline", "StackgenCLI"]),
        .executableTarget(
            name: "stackgen",
            dependencies: ["StackgenCLI", "StarterApp", "BartenderStacks", "PetStoreStacks", "DigitalTwinStacks", "CentliStacks", "AgentPlatformStacks", "RolloutDemoApp"]
        ),

        // Apps modelled with the DSL: the seed app in Stacks/, the other seed systems in Examples/.
        .target(name: "BartenderStacks", dependencies: ["StackgenResources"], path: "Stacks"),
        .target(name: "PetStoreStacks", dependencies: ["StackgenResources"], path: "Examples/PetStore"),
        .target(name: "DigitalTwinStacks", dependencies: ["StackgenResources"], path: "Examples/DigitalTwin"),
        .target(name: "CentliStacks", dependencies: ["StackgenResources"], path: "Examples/Centli"),
        .target(name: "AgentPlatformStacks", dependencies: ["StackgenResources"], path: "Examples/AgentPlatform"),
        .target(name: "RolloutDemoApp", dependencies: ["StackgenCore"], path: "Examples/RolloutDemo"),
        .target(
            name: "StarterApp",
            dependencies: ["StackgenCore", "StackgenResources"],
            path: "Examples/Starter"
        ),

        .testTarget(name: "StackgenJSONTests", dependencies: ["StackgenJSON"]),
        .testTarget(
            name: "StackgenVerifyTests",
            dependencies: [
                "StackgenVerify", "StackgenPipeline", "StarterApp", "BartenderStacks", "PetStoreStacks", "DigitalTwinStacks", "CentliStacks",
                "AgentPlatformStacks",
            ]
        ),
        // Seeded random apps: each compiles clean or fails exactly as predicted.
        .testTarget(name: "StackgenGeneratedAppsTests", dependencies: ["StackgenPipeline", "StackgenResources", "StackgenTestSupport"]),
        .testTarget(name: "StackgenCoreTests", dependencies: ["StackgenCore", "StackgenTestSupport"]),
        .testTarget(name: "StackgenResourcesTests", dependencies: ["StackgenResources"]),
        .testTarget(name: "StackgenFactsTests", dependencies: ["StackgenFacts"]),
        .testTarget(name: "StackgenResolverTests", dependencies: ["StackgenCore", "StackgenResolver", "StackgenEmit", "StackgenTestSupport"]),
        .testTarget(
            name: "StackgenEmitTests",
            dependencies: ["StackgenCore", "StackgenResolver", "StackgenEmit", "StackgenPipeline", "StarterApp", "StackgenTestSupport"]
        ),
        // Depends on the executable so `swift test` builds the binary the tests run.
        .testTarget(
            name: "StackgenCLITests",
            dependencies: ["StackgenCLI", "StarterApp", "StackgenTestSupport", "stackgen"]
        ),
        // Depends on stackgen-read so the cfn-lint judge test finds the binary it runs.
        .testTarget(name: "StackgenReaderTests", dependencies: ["StackgenReader", "stackgen-read"]),
        .testTarget(
            name: "StackgenAdoptTests", dependencies: [
                "StackgenAdopt", "StackgenReader", "StackgenEmit", "StackgenPipeline", "StackgenResolver", "StackgenCore", "StackgenCLI", "StackgenTestSupport",
                "ImportedBartender",
            ],
            exclude: ["Fixtures"]),
        // What `stackgen import` writes for Tests/StackgenAdoptTests/Fixtures/bartender, checked in so that
        // the build proves it compiles; StackgenAdoptTests compares it with a fresh import and synthesizes it.
        .target(name: "ImportedBartender", dependencies: ["StackgenCore"], path: "Tests/ImportedBartender", exclude: ["IMPORT-REPORT.md"]),
        .testTarget(name: "StackgenDiffTests", dependencies: ["StackgenDiff", "StackgenEmit", "StackgenPipeline", "StackgenCore", "StarterApp", "RolloutDemoApp", "StackgenTestSupport"]),
        .target(name: "StackgenTestSupport", dependencies: ["StackgenCore"], path: "Tests/Support"),
        // Golden output of every app in Stacks/ and Examples/.
        .testTarget(
            name: "StackgenAppsTests",
            dependencies: [
                "StackgenEmit", "StackgenPipeline", "StackgenTestSupport", "BartenderStacks", "PetStoreStacks", "DigitalTwinStacks",
                "CentliStacks", "AgentPlatformStacks", "StarterApp", "RolloutDemoApp",
            ]
        ),
    ]
)
