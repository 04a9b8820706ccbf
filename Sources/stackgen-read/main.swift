import Foundation
import StackgenReader

/// `stackgen-read FILE`: the file's decoded tree as cfn-lint's reference JSON on stdout, or
/// the located read error on stderr (exit 1). What scripts/compare-decoder.py judges.
let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count == 1, let path = arguments.first else {
    FileHandle.standardError.write(Data("usage: stackgen-read FILE\n".utf8))
    exit(64)
}
guard let data = FileManager.default.contents(atPath: path) else {
    FileHandle.standardError.write(Data("\(path): cannot read\n".utf8))
    exit(1)
}
do {
    let node = try TemplateReader.read(Array(data), file: path)
    FileHandle.standardOutput.write(Data(PythonJSON.string(node).utf8))
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
