import Foundation
import GRDB
import HaberExtraction

/// Records in an SQLite database readable with the `sqlite3` shell: a table `articles`
/// (id primary key, source, lang, title, published) and a table `entities` (article id,
/// type, text, value as JSON text, start, end, canonical, relative) indexed on type and
/// value. Records are written in transactions of a few hundred; writing an id again
/// replaces its rows, so a run can be repeated without duplicates.
public final class SQLiteSink: RecordSink {
    private let database: DatabaseQueue
    private let path: String
    private var pending: [Record] = []
    private let batchSize = 256

    static let schema = """
        CREATE TABLE IF NOT EXISTS articles (
            id TEXT PRIMARY KEY, source TEXT, lang TEXT, title TEXT, published TEXT);
        CREATE TABLE IF NOT EXISTS entities (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            type TEXT NOT NULL, text TEXT NOT NULL, value TEXT NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, canonical TEXT, relative INTEGER NOT NULL DEFAULT 0);
        CREATE INDEX IF NOT EXISTS entities_type ON entities(type);
        CREATE INDEX IF NOT EXISTS entities_value ON entities(value);
        CREATE INDEX IF NOT EXISTS entities_article ON entities(article_id);
        """

    public init(path: String) throws(OutputError) {
        self.path = path
        do {
            database = try DatabaseQueue(path: path)
            try database.write { db in try db.execute(sql: Self.schema) }
        } catch {
            throw .failed("\(path): cannot be opened as an SQLite database (\(error))")
        }
    }

    /// Ids already in the database (`--resume`).
    public func existingIDs() -> Set<String> {
        (try? database.read { db in Set(try String.fetchAll(db, sql: "SELECT id FROM articles")) }) ?? []
    }

    public func write(_ record: Record) throws(OutputError) {
        pending.append(record)
        if pending.count >= batchSize { try commit() }
    }

    public func finish() throws(OutputError) {
        try commit()
    }

    private func commit() throws(OutputError) {
        guard !pending.isEmpty else { return }
        let records = pending
        pending.removeAll(keepingCapacity: true)
        do {
            try database.write { db in
                for record in records {
                    try db.execute(sql: "DELETE FROM entities WHERE article_id = ?", arguments: [record.id])
                    try db.execute(
                        sql: "INSERT OR REPLACE INTO articles (id, source, lang, title, published) VALUES (?, ?, ?, ?, ?)",
                        arguments: [record.id, record.source, record.language, record.title, record.published])
                    for entity in record.entities {
                        var value = ""
                        JSON.append(value: entity.value, to: &value)
                        try db.execute(
                            sql: """
                                INSERT INTO entities (article_id, type, text, value, start, "end", canonical, relative)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                                """,
                            arguments: [record.id, entity.type.rawValue, entity.text, value, entity.start, entity.end,
                                        entity.canonical, entity.relative ? 1 : 0])
                    }
                }
            }
        } catch {
            throw .failed("\(path): \(error)")
        }
    }
}
