import Foundation
import Synchronization

/// Walks the command-line inputs in sorted path order without listing every file first:
/// each folder's entries are sorted (a folder's name with a trailing `/`, so that the order
/// is that of the full paths) and visited depth first.
///
/// A file found in a folder takes as id its path relative to that folder without extension
/// (`a/x` for `folder/a/x.txt`), so that two `x.txt` in different subfolders stay apart; a
/// file given by name takes its name without extension. Hidden files and folders (a name
/// starting with `.`) are skipped unless `includeHidden`, as ripgrep does, since they hold
/// editors' and tools' files rather than articles; extensions match in any case (`.TXT`).
/// A folder given as an argument that yields no input at all is reported, so that a wrong
/// path or extension does not pass as an empty run.
///
/// A folder reached again through a symbolic link to one of its own ancestors is reported
/// as a symlink loop instead of being walked forever.
public struct InputWalker: Sequence, Sendable {
    public let arguments: [String]
    /// The extensions articles have, lowercase (`txt`, or `jsonl` for JSON Lines input).
    public let extensions: [String]
    public let includeHidden: Bool
    /// Which ids of this walk can be given twice (see ``IDScope``), filled in as it goes.
    public let ids: IDScope

    public init(arguments: [String], extensions: [String], includeHidden: Bool = false) {
        self.arguments = arguments
        self.extensions = extensions.map { $0.lowercased() }
        self.includeHidden = includeHidden
        var isFolder: ObjCBool = false
        let oneFolder = arguments.count == 1 && arguments[0] != "-"
            && FileManager.default.fileExists(atPath: arguments[0], isDirectory: &isFolder) && isFolder.boolValue
        ids = IDScope(anyIDMayRepeat: !oneFolder)
    }

    public func makeIterator() -> Iterator {
        Iterator(arguments: arguments, extensions: Set(extensions), includeHidden: includeHidden, ids: ids)
    }

    /// The ids of a walk that can repeat, so that a run keeps only those to check (a run
    /// over a million files would otherwise keep every id to its end). A walk of one folder
    /// and nothing else gives each file its path relative to that folder without its
    /// extension: two of its files share an id only when they sit in one folder with one
    /// stem (`a.txt` and `a.TXT`), which the walk sees when it lists that folder, before it
    /// gives either file. Any other walk (two arguments, a file named, standard input) can
    /// give any id twice.
    public final class IDScope: Sendable {
        private let anyIDMayRepeat: Bool
        private let repeatable = Mutex<Set<String>>([])

        init(anyIDMayRepeat: Bool) { self.anyIDMayRepeat = anyIDMayRepeat }

        public func mayRepeat(_ id: String) -> Bool {
            anyIDMayRepeat || repeatable.withLock { $0.contains(id) }
        }

        func mayRepeat(_ ids: some Sequence<String>) {
            repeatable.withLock { $0.formUnion(ids) }
        }
    }

    public struct Iterator: IteratorProtocol {
        private var arguments: [String]
        private let extensions: Set<String>
        private let includeHidden: Bool
        /// Folders being walked: their remaining entries, and the real path of every ancestor.
        private var stack: [(entries: [Entry], ancestors: Set<String>)] = []

        /// A folder's entry as its listing found it, so that it is not looked at again when its
        /// turn comes: its path's name, extension and id worked out again from the path string
        /// cost some 9,000 instructions a file, more than reading a short article.
        private struct Entry {
            var path: String
            /// Whether the listing found something there (false for a broken symbolic link).
            var exists: Bool
            var isFolder: Bool
            /// The id of an article file (an extension the walk takes); nil for any other file.
            var id: String?
        }
        /// The folder argument being walked, the prefix its entries' ids drop, and how many
        /// inputs it has given so far.
        private var folder: (path: String, base: String, yielded: Int)?
        private var standardInputs = 0
        private let manager = FileManager.default
        private let ids: IDScope

        init(arguments: [String], extensions: Set<String>, includeHidden: Bool, ids: IDScope) {
            self.arguments = arguments.reversed()
            self.extensions = extensions
            self.includeHidden = includeHidden
            self.ids = ids
        }

        public mutating func next() -> ArticleReader.Input? {
            while true {
                if var top = stack.popLast() {
                    if let entry = top.entries.popLast() {
                        stack.append(top)
                        if let input = visit(entry, ancestors: top.ancestors) {
                            folder?.yielded += 1
                            return input
                        }
                        continue
                    }
                    if stack.isEmpty, let finished = folder {
                        folder = nil
                        if finished.yielded == 0 {
                            let kinds = extensions.sorted().map { "*.\($0)" }.joined(separator: ", ")
                            return .missing(InputError(input: finished.path, reason: "no article files (\(kinds)) in this folder"))
                        }
                    }
                    continue
                }
                guard let argument = arguments.popLast() else { return nil }
                if argument == "-" {
                    standardInputs += 1
                    return .standardInput(id: standardInputs == 1 ? "stdin" : "stdin-\(standardInputs)")
                }
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
            guard isFolder.boolValue else { return explicit ? .file(path, id: Self.stem(PathName.lastComponent(of: path))) : nil }
            return visitFolder(path, ancestors: ancestors, explicit: explicit)
        }

        /// ``visit(_:ancestors:explicit:)`` of an entry of a folder being walked.
        private mutating func visit(_ entry: Entry, ancestors: Set<String>) -> ArticleReader.Input? {
            guard entry.exists else {
                if (try? manager.destinationOfSymbolicLink(atPath: entry.path)) != nil {
                    return .missing(InputError(input: entry.path, reason: "broken symbolic link or symlink loop"))
                }
                return nil
            }
            guard entry.isFolder else { return entry.id.map { .file(entry.path, id: $0) } }
            return visitFolder(entry.path, ancestors: ancestors, explicit: false)
        }

        /// An error to report, or nil after pushing the folder's entries.
        private mutating func visitFolder(_ path: String, ancestors: Set<String>, explicit: Bool) -> ArticleReader.Input? {
            let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            if ancestors.contains(real) {
                return .missing(InputError(input: path, reason: "symlink loop (a link back to \(real))"))
            }
            guard let names = try? manager.contentsOfDirectory(atPath: path) else {
                return .missing(InputError(input: path, reason: "folder cannot be read"))
            }
            let base = path.hasSuffix("/") ? path : path + "/"
            if explicit { folder = (path, base, 0) }
            var sorted = names.filter { includeHidden || !$0.hasPrefix(".") }.map { name -> (key: String, entry: Entry) in
                var isChildFolder: ObjCBool = false
                let child = base + name
                let exists = manager.fileExists(atPath: child, isDirectory: &isChildFolder)
                return (isChildFolder.boolValue ? name + "/" : name, Entry(path: child, exists: exists, isFolder: isChildFolder.boolValue))
            }
            .sorted { $0.key < $1.key }
            if let folder {
                // The ids this listing gives more than once: one folder, one stem.
                var seen = Set<String>()
                var repeated: [String] = []
                let baseBytes = folder.base.utf8.count
                for index in sorted.indices where !sorted[index].entry.isFolder
                    && extensions.contains(PathName.pathExtension(of: sorted[index].key).lowercased()) {
                    // The path after the folder's, by its bytes: the entry's path begins with them.
                    let path = sorted[index].entry.path
                    let id = Self.stem(String(path[path.utf8.index(path.utf8.startIndex, offsetBy: baseBytes)...]))
                    sorted[index].entry.id = id
                    if !seen.insert(id).inserted { repeated.append(id) }
                }
                if !repeated.isEmpty { ids.mayRepeat(repeated) }
            }
            stack.append((sorted.map(\.entry).reversed(), ancestors.union([real])))
            return nil
        }

        /// `a/x.txt` → `a/x`; a name that is only an extension (`.txt`) stays whole.
        static func stem(_ relativePath: String) -> String {
            let stem = PathName.deletingExtension(of: relativePath)
            return stem.isEmpty || stem.hasSuffix("/") ? relativePath : stem
        }
    }
}
