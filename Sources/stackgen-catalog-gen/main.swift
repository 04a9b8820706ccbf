import Foundation
import StackgenCatalogGenerator

// stackgen-catalog-gen <cfn-lint data/schemas directory> <SAM policy_templates.json>
//                      <cfn-lint GetAtt lists .json> <package root>
// See CatalogGenerator for what it reads and writes.

let arguments = CommandLine.arguments
guard arguments.count == 5 else {
    FileHandle.standardError.write(
        Data("usage: stackgen-catalog-gen <schemas-dir> <policy_templates.json> <getatts.json> <package-root>\n".utf8))
    exit(64)
}
do {
    let generator = CatalogGenerator(
        schemas: URL(fileURLWithPath: arguments[1]), policyTemplates: URL(fileURLWithPath: arguments[2]),
        getAtts: URL(fileURLWithPath: arguments[3]), root: URL(fileURLWithPath: arguments[4]))
    for line in try generator.run() { print(line) }
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
