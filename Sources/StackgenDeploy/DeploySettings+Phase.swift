extension DeploySettings {
    /// The same deploy for another folder: a rollout phase has its own templates, packaged
    /// templates, source root and local artifacts.
    public func phase(folder: String, packagedFolder: String, sourceRoot: String, stacksWithAssets: Set<String>) -> DeploySettings {
        copy(outputFolder: folder, packagedFolder: packagedFolder, sourceRoot: sourceRoot, stacksWithAssets: stacksWithAssets, parameters: parameters)
    }

    /// With values for parameters the phase fills before it starts.
    func adding(parameters values: [String: String]) -> DeploySettings {
        copy(outputFolder: outputFolder, packagedFolder: packagedFolder, sourceRoot: sourceRoot, stacksWithAssets: stacksWithAssets, parameters: values)
    }

    private func copy(
        outputFolder: String, packagedFolder: String, sourceRoot: String, stacksWithAssets: Set<String>, parameters: [String: String]
    ) -> DeploySettings {
        DeploySettings(
            app: app, outputFolder: outputFolder, packagedFolder: packagedFolder, sourceRoot: sourceRoot, stacksWithAssets: stacksWithAssets,
            parameters: parameters, pollSeconds: pollSeconds, liveEvents: liveEvents, readFile: readFile)
    }
}
