extension DeploySettings {
    /// The same deploy for another folder: a rollout phase has its own templates, packaged
    /// templates, source root and local artifacts.
    public func phase(folder: String, packagedFolder: String, sourceRoot: String, stacksWithAssets: Set<String>) -> DeploySettings {
        DeploySettings(
            app: app, outputFolder: folder, packagedFolder: packagedFolder, sourceRoot: sourceRoot, stacksWithAssets: stacksWithAssets,
            parameters: parameters, pollSeconds: pollSeconds, liveEvents: liveEvents, readFile: readFile)
    }
}
