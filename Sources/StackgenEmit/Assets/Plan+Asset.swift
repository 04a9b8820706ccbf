extension Plan {
    /// A local file or folder a template names, which the deploy packages into the region's
    /// artifact bucket before deploying the stack.
    public struct Asset: Sendable, Hashable {
        public let stack: String
        public let resource: String
        /// `CodeUri`, `Command.ScriptLocation`, or `Location` for an `AWS::Include`.
        public let property: String
        /// As written in the template: relative to the output folder.
        public let path: String
        /// `sha256:<hex>` of the file, or of the folder's sorted entries with their bytes and
        /// modes; nil when the path does not exist or nothing could read it.
        public let hash: String?

        public init(stack: String, resource: String, property: String, path: String, hash: String?) {
            self.stack = stack
            self.resource = resource
            self.property = property
            self.path = path
            self.hash = hash
        }

        var json: JSONValue {
            .object([
                ("stack", .string(stack)), ("resource", .string(resource)), ("property", .string(property)),
                ("path", .string(path)), ("hash", hash.map(JSONValue.string) ?? .null),
            ])
        }
    }
}
