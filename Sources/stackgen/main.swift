import AgentPlatformStacks
import BartenderStacks
import CentliStacks
import DeployDrillApp
import DigitalTwinStacks
import PetStoreStacks
import RolloutDemoApp
import StackgenCLI
import StarterApp

// Apps are built on demand: a command builds only the app it works on. The seed app is
// first and the default when no --app is given.
StackgenCommandLine.main(
    apps: [
        AppEntry("ai-bartender") { BartenderApp.app },
        AppEntry("petstore") { PetStoreApp.app },
        AppEntry("digital-twin") { DigitalTwinApp.app },
        AppEntry("centli") { CentliApp.app },
        AppEntry("agent-platform") { AgentPlatformApp.app },
        AppEntry("rollout-demo-v1") { RolloutDemo.version1 },
        AppEntry("rollout-demo-v2") { RolloutDemo.version2 },
        AppEntry("deploy-drill") { DeployDrillApp.app },
        AppEntry("starter") { StarterApp.app },
    ],
    defaultApp: "ai-bartender")
