/// `haber render`: one page per article under `articles/` and an `index.html` over them
/// all, in a folder that opens in a browser with no network (see `ArticlePage`,
/// `IndexPage`). The index is written last, so it lists exactly the pages written.
public struct HTMLSiteWriter: FolderRecordWriter {
    var index = IndexPage()

    public init() {}

    public mutating func files(for record: Record) throws(OutputError) -> [(path: String, text: String)] {
        let page = "articles/" + OutputPaths.relativePath(forID: record.id, extension: "html")
        index.add(record, page: page)
        return [(page, ArticlePage(record: record, depth: OutputPaths.depth(of: page)).html)]
    }

    public func closingFiles() -> [(path: String, text: String)] {
        [("index.html", index.html)]
    }
}
