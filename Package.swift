// swift-tools-version: 6.0
import PackageDescription

// Dependencies point one way (DESIGN §3):
// Core ← Resources ← apps;  Core ← Resolver ← Emit ← CLI ← stackgen.
// No Swift package dependencies beyond the toolchain, by the user's choice.
let package = Package(
    name: "stackgen",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "StackgenCore", targets: ["StackgenCore"]),
        .library(name: "StackgenJSON", targets: ["StackgenJSON"]),
        .library(name: "StackgenResources", targets: ["StackgenResources"]),
        .library(name: "StackgenCLI", targets: ["StackgenCLI"]),
        .executable(name: "stackgen", targets: ["stackgen"]),
    ],
    targets: [
        .target(name: "StackgenCore"),
        // Reads JSON back (templates, plan.json, AWS CLI output); no Foundation.
        .target(name: "StackgenJSON"),
        .target(name: "StackgenResources", dependencies: ["StackgenCore"]),
        .target(name: "StackgenResolver", dependencies: ["StackgenCore"]),
        .target(name: "StackgenEmit", dependencies: ["StackgenCore", "StackgenResolver"]),
        .target(name: "StackgenCLI", dependencies: ["StackgenCore", "StackgenResolver", "StackgenEmit", "StackgenDeploy"]),
        // Runs a plan through the AWS CLI: scheduler, step runner, journal, progress.
        .target(name: "StackgenDeploy", dependencies: ["StackgenEmit", "StackgenJSON"]),
        // Writes Sources/StackgenResources/**/+Generated.swift from the registry schemas.
        .executableTarget(name: "stackgen-catalog-gen"),
        // Times lower, resolve, emit and write on synthetic apps of 1 to 1000 stacks.
        .executableTarget(name: "stackgen-bench", dependencies: ["StackgenResources", "StackgenEmit", "StackgenCLI"]),
        .executableTarget(
            name: "stackgen",
            dependencies: [
                "StackgenCLI", "StarterApp", "BartenderStacks", "PetStoreStacks", "DigitalTwinStacks", "CentliStacks", "AgentPlatformStacks",
                "DeployDrillApp",
            ]
        ),

        // Apps modelled with the DSL: the seed app in Stacks/, the other seed systems in Examples/.
        .target(name: "BartenderStacks", dependencies: ["StackgenResources"], path: "Stacks"),
        .target(name: "PetStoreStacks", dependencies: ["StackgenResources"], path: "Examples/PetStore"),
        .target(name: "DigitalTwinStacks", dependencies: ["StackgenResources"], path: "Examples/DigitalTwin"),
        .target(name: "CentliStacks", dependencies: ["StackgenResources"], path: "Examples/Centli"),
        .target(name: "AgentPlatformStacks", dependencies: ["StackgenResources"], path: "Examples/AgentPlatform"),
        // Three waves for rehearsing a failed deploy and --resume (CI runs it against moto).
        .target(name: "DeployDrillApp", dependencies: ["StackgenCore"], path: "Examples/DeployDrill"),
        .target(
            name: "StarterApp",
            dependencies: ["StackgenCore", "StackgenResources"],
            path: "Examples/Starter"
        ),

        .testTarget(name: "StackgenJSONTests", dependencies: ["StackgenJSON"]),
        .testTarget(name: "StackgenCoreTests", dependencies: ["StackgenCore", "StackgenTestSupport"]),
        .testTarget(name: "StackgenResourcesTests", dependencies: ["StackgenResources"]),
        .testTarget(name: "StackgenResolverTests", dependencies: ["StackgenCore", "StackgenResolver", "StackgenEmit", "StackgenTestSupport"]),
        .testTarget(
            name: "StackgenEmitTests",
            dependencies: ["StackgenCore", "StackgenResolver", "StackgenEmit", "StarterApp", "StackgenTestSupport"]
        ),
        // Depends on the executable so `swift test` builds the binary the tests run.
        .testTarget(
            name: "StackgenCLITests",
            dependencies: ["StackgenCLI", "StarterApp", "StackgenTestSupport", "stackgen"]
        ),
        .testTarget(name: "StackgenDeployTests", dependencies: ["StackgenCore", "StackgenEmit", "StackgenDeploy"]),
        .target(name: "StackgenTestSupport", dependencies: ["StackgenCore"], path: "Tests/Support"),
        // Golden output of every app in Stacks/ and Examples/.
        .testTarget(
            name: "StackgenAppsTests",
            dependencies: [
                "StackgenEmit", "StackgenTestSupport", "BartenderStacks", "PetStoreStacks", "DigitalTwinStacks",
                "CentliStacks", "AgentPlatformStacks",
            ]
        ),
    ]
)
