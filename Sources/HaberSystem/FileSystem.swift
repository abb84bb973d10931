import Foundation

/// The few file-system calls Foundation makes slow or loses the cause of.
public enum FileSystem {
    /// Replaces `destination` by `source` in one step (rename(2)): a reader of `destination`
    /// sees the old file or the new one, never none and never half of one.
    public static func rename(_ source: String, to destination: String) throws(SystemError) {
        if Foundation.rename(source, destination) != 0 { throw .last }
    }

    /// Why this process cannot write into `path`, nil when it can.
    public static func writeError(at path: String) -> SystemError? {
        access(path, W_OK) == 0 ? nil : .last
    }

    /// The names of the entries of a folder and whether each is a folder, nil when it cannot
    /// be listed. Read with readdir(3), whose entries say their kind: Foundation's listing
    /// stats the folder once per entry.
    public static func entries(of folder: String) -> [(name: String, isFolder: Bool?)]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        var entries: [(name: String, isFolder: Bool?)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            let kind = Int(entry.pointee.d_type)
            entries.append((name, kind == Int(DT_UNKNOWN) ? nil : kind == Int(DT_DIR)))
        }
        return entries
    }
}

/// What stat(2) says of a path, nil when nothing is there. Foundation's `fileExists` and
/// `attributesOfItem` make several system calls each (the latter lists extended attributes
/// too), and every start checks a few hundred paths of the language folders.
public struct FileStatus: Sendable {
    public var isFolder: Bool
    public var size: Int64
    public var modified: (seconds: Int, nanoseconds: Int)

    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        isFolder = (info.st_mode & S_IFMT) == S_IFDIR
        size = Int64(info.st_size)
        modified = (Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec))
    }
}
