import Foundation

/// A folder that gets one file per article (brat, HTML), created when missing. Each file is
/// written beside its path and renamed into place, so an interrupted run leaves whole files.
public struct OutputFolder: Sendable {
    public let url: URL

    public init(path: String) throws(OutputError) {
        url = URL(fileURLWithPath: path, isDirectory: true)
        try Self.create(url)
    }

    /// Writes `text` at `relativePath` (made by `OutputPaths`), creating subfolders.
    public func write(_ text: String, to relativePath: String) throws(OutputError) {
        let file = url.appendingPathComponent(relativePath)
        try Self.create(file.deletingLastPathComponent())
        do {
            try Data(text.utf8).write(to: file, options: .atomic)
        } catch {
            throw .failed("\(file.path): cannot be written (\(error.localizedDescription))")
        }
    }

    private static func create(_ folder: URL) throws(OutputError) {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .failed("\(folder.path): cannot be created (\(error.localizedDescription))")
        }
    }
}

/// A writer that makes files in a folder of each record, and a few more once all are written
/// (an index, a configuration).
public protocol FolderRecordWriter {
    /// The files of one record: paths relative to the folder, and their text.
    mutating func files(for record: Record) throws(OutputError) -> [(path: String, text: String)]
    func closingFiles() -> [(path: String, text: String)]
}

/// Writes a `FolderRecordWriter`'s files into an `OutputFolder`.
public struct FolderSink<Writer: FolderRecordWriter>: RecordSink {
    let folder: OutputFolder
    var writer: Writer

    public init(_ writer: Writer, folder path: String) throws(OutputError) {
        self.writer = writer
        folder = try OutputFolder(path: path)
    }

    public mutating func write(_ record: Record) throws(OutputError) {
        for file in try writer.files(for: record) { try folder.write(file.text, to: file.path) }
    }

    public mutating func finish() throws(OutputError) {
        for file in writer.closingFiles() { try folder.write(file.text, to: file.path) }
    }
}
