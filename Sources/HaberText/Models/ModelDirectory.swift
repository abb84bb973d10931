import Foundation

/// Where Haber's data files (`models/`) are, found the same way from any working directory.
///
/// Order: an explicit path (`--models`), the `HABER_MODELS` environment variable, a
/// `models` folder beside the executable or one of its parents (an installed copy or the
/// package's `.build/<config>/haber`), and the package this code was compiled from.
public struct ModelDirectory: Sendable {
    public let url: URL

    public enum LocateError: Error, CustomStringConvertible {
        case notFound(tried: [String])
        case missingFile(String)
        case unreadable(String, reason: String)
        case malformed(file: String, line: Int, reason: String)

        public var description: String {
            switch self {
            case .notFound(let tried):
                "models folder not found (tried \(tried.joined(separator: ", "))); pass --models DIR or set HABER_MODELS"
            case .missingFile(let path): "model file missing: \(path)"
            case .unreadable(let path, let reason): "\(path): \(reason)"
            case .malformed(let file, let line, let reason): "\(file):\(line): \(reason)"
            }
        }
    }

    public init(url: URL) { self.url = url }

    public static func locate(explicit: String? = nil) throws(LocateError) -> ModelDirectory {
        var candidates: [URL] = []
        if let explicit { candidates.append(URL(fileURLWithPath: explicit)) }
        if let environment = ProcessInfo.processInfo.environment["HABER_MODELS"], !environment.isEmpty {
            candidates.append(URL(fileURLWithPath: environment))
        }
        if explicit == nil {
            var folder = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
                .deletingLastPathComponent()
            if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
                folder = executable.deletingLastPathComponent()
            }
            for _ in 0..<5 {
                candidates.append(folder.appendingPathComponent("models"))
                candidates.append(folder.appendingPathComponent("share/haber/models"))
                folder = folder.deletingLastPathComponent()
            }
            candidates.append(packageRoot.appendingPathComponent("models"))
        }
        for candidate in candidates where isModelDirectory(candidate) {
            return ModelDirectory(url: candidate.standardizedFileURL)
        }
        // Walking up from a short path reaches `/` early: name each folder tried once.
        var named: Set<String> = []
        let tried = candidates.prefix(explicit == nil ? candidates.count : 1).map(\.path).filter { named.insert($0).inserted }
        throw .notFound(tried: tried)
    }

    /// The package root this file was compiled in (Sources/HaberText/Models/ModelDirectory.swift).
    public static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    private static func isModelDirectory(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent("MANIFEST.tsv").path)
    }

    /// Reads a table below the models folder, e.g. `table("text/abbreviations.tsv")`: the
    /// file itself when it exists, else the table split by language, joined as
    /// ``joinedTable(_:)`` says, so that every loader names a table the same way whether its
    /// rows are in one file or in one folder per language.
    public func table(_ relativePath: String) throws(LocateError) -> TSVTable {
        let file = url.appendingPathComponent(relativePath, isDirectory: false)
        guard FileManager.default.fileExists(atPath: file.path) else { return try joinedTable(relativePath) }
        return try Self.read(file, name: relativePath)
    }

    /// Whether an optional table exists, as a file or split by language.
    public func hasTable(_ relativePath: String) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(relativePath, isDirectory: false).path)
            || !splitFiles(of: relativePath).isEmpty
    }

    /// Reads one TSV file; `name` (its path below the models folder) names it in errors.
    static func read(_ file: URL, name: String) throws(LocateError) -> TSVTable {
        let data: Data
        do { data = try Data(contentsOf: file) } catch { throw .unreadable(file.path, reason: "\(error)") }
        return try TSVTable(data: data, name: name)
    }
}
