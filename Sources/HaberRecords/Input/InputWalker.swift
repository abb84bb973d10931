import Foundation

/// Walks the command-line inputs in sorted path order without listing every file first:
/// each folder's entries are sorted (a folder's name with a trailing `/`, so that the order
/// is that of the full paths) and visited depth first.
///
/// A folder reached again through a symbolic link to one of its own ancestors is reported
/// as a symlink loop instead of being walked forever.
public struct InputWalker: Sequence, Sendable {
    public let arguments: [String]
    /// The file extension articles have (`txt`, or `jsonl` for JSON Lines input).
    public let fileExtension: String

    public init(arguments: [String], fileExtension: String) {
        self.arguments = arguments
        self.fileExtension = fileExtension
    }

    public func makeIterator() -> Iterator {
        Iterator(arguments: arguments, fileExtension: fileExtension)
    }

    public struct Iterator: IteratorProtocol {
        private var arguments: [String]
        private let fileExtension: String
        /// Folders being walked: their remaining entries, and the real path of every ancestor.
        private var stack: [(entries: [String], ancestors: Set<String>)] = []
        private let manager = FileManager.default

        init(arguments: [String], fileExtension: String) {
            self.arguments = arguments.reversed()
            self.fileExtension = fileExtension
        }

        public mutating func next() -> ArticleReader.Input? {
            while true {
                if var top = stack.popLast() {
                    guard let path = top.entries.popLast() else { continue }
                    stack.append(top)
                    if let input = visit(path, ancestors: top.ancestors, explicit: false) { return input }
                    continue
                }
                guard let argument = arguments.popLast() else { return nil }
                if argument == "-" { return .standardInput }
                if let input = visit(argument, ancestors: [], explicit: true) { return input }
            }
        }

        /// A file to read, an error to report, or nil after pushing a folder's entries.
        private mutating func visit(_ path: String, ancestors: Set<String>, explicit: Bool) -> ArticleReader.Input? {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
                if (try? manager.destinationOfSymbolicLink(atPath: path)) != nil {
                    return .missing(InputError(input: path, reason: "broken symbolic link or symlink loop"))
                }
                return explicit ? .missing(InputError(input: path, reason: "no such file or folder")) : nil
            }
            guard isFolder.boolValue else {
                return explicit || path.hasSuffix("." + fileExtension) ? .file(path) : nil
            }
            let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            if ancestors.contains(real) {
                return .missing(InputError(input: path, reason: "symlink loop (a link back to \(real))"))
            }
            guard let names = try? manager.contentsOfDirectory(atPath: path) else {
                return .missing(InputError(input: path, reason: "folder cannot be read"))
            }
            let base = path.hasSuffix("/") ? path : path + "/"
            let sorted = names.map { name -> (key: String, path: String) in
                var isChildFolder: ObjCBool = false
                let child = base + name
                _ = manager.fileExists(atPath: child, isDirectory: &isChildFolder)
                return (isChildFolder.boolValue ? name + "/" : name, child)
            }
            .sorted { $0.key < $1.key }
            stack.append((sorted.map(\.path).reversed(), ancestors.union([real])))
            return nil
        }
    }
}
