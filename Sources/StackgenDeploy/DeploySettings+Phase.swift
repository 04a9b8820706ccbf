extension DeploySettings {
    /// The same deploy for another folder: a rollout phase has its own templates, packaged
    /// templates, source root and local artifacts.
    public func phase(
        folder: String, sourceRoot: String, stacksWithAssets: Set<String>,
        keepPackaged: @escaping @Sendable (_ name: String, _ bytes: [UInt8]) -> Result<String, WriteFailure>
    ) -> DeploySettings {
        DeploySettings(
            app: app, outputFolder: folder, sourceRoot: sourceRoot, stacksWithAssets: stacksWithAssets,
            parameters: parameters, pollSeconds: pollSeconds, liveEvents: liveEvents, readFile: readFile, keepPackaged: keepPackaged)
    }
}
