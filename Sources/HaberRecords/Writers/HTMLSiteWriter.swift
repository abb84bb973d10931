import Foundation

/// `haber render`: one page per article under `articles/` and an `index.html` over them
/// all, in a folder that opens in a browser with no network (see `ArticlePage`,
/// `IndexPage`). The index is written last, so it lists exactly the pages written.
public struct HTMLSiteWriter: RecordSink {
    let folder: URL
    var index = IndexPage()

    /// Creates the folder when it does not exist.
    public init(folder path: String) throws(OutputError) {
        folder = URL(fileURLWithPath: path, isDirectory: true)
        try Files.createFolder(folder)
    }

    public mutating func write(_ record: Record) throws(OutputError) {
        let page = "articles/" + OutputPaths.relativePath(forID: record.id, extension: "html")
        let html = ArticlePage(record: record, depth: OutputPaths.depth(of: page)).html
        try Files.write(html, to: folder.appendingPathComponent(page))
        index.add(record, page: page)
    }

    public mutating func finish() throws(OutputError) {
        try Files.write(index.html, to: folder.appendingPathComponent("index.html"))
    }
}
