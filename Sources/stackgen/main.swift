import StackgenCLI
import StarterApp

StackgenCommandLine.main(apps: [StarterApp.app])
