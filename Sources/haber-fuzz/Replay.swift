#if !HABER_FUZZING
import Foundation

/// Without libFuzzer (a plain `swift build`), `haber-fuzz FILE…` replays inputs through the
/// same check, to reproduce a crash the fuzzer saved.
@main
enum Replay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("haber-fuzz: \(path): cannot be read\n".utf8))
                continue
            }
            data.withUnsafeBytes { check($0) }
            print("\(path): ok")
        }
    }
}
#endif
