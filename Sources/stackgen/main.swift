import AgentPlatformStacks
import BartenderStacks
import CentliStacks
import DigitalTwinStacks
import PetStoreStacks
import StackgenCLI
import StarterApp

// The seed app first: it is the default when no --app is given.
StackgenCommandLine.main(
    apps: [BartenderApp.app, PetStoreApp.app, DigitalTwinApp.app, CentliApp.app, AgentPlatformApp.app, StarterApp.app],
    defaultApp: BartenderApp.app.name)
