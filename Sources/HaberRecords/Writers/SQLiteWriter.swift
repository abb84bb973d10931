import Foundation
import GRDB
import HaberExtraction

/// Records in an SQLite database readable with the `sqlite3` shell: a table `articles` and a
/// table `entities` whose value is in typed columns, so that plain SQL reads it
/// (`value = 'Ankara'`, `type = 'PERCENT' AND value > 50`, `amount`, `currency`, a DATE as
/// the days `date_start`…`date_end`); `value_json` keeps the record's JSON value exactly.
/// The schema is in `docs/FORMAT.md`. Records are written in transactions of a few
/// hundred; writing an id again replaces its rows, so a run can be repeated without
/// duplicates.
public final class SQLiteSink: RecordSink {
    private let database: DatabaseQueue
    private let path: String
    private var pending: [Record] = []
    private let batchSize = 256

    /// `value` has no declared type on purpose: it holds text for names and dates and a
    /// number for PERCENT (MONEY: the amount), each compared as what it is.
    static let schema = """
        CREATE TABLE IF NOT EXISTS articles (
            id TEXT PRIMARY KEY, source TEXT, lang TEXT, title TEXT, published TEXT);
        CREATE TABLE IF NOT EXISTS entities (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            type TEXT NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            value, amount REAL, currency TEXT, date_start TEXT, date_end TEXT,
            canonical TEXT, ref TEXT, mod TEXT, relative INTEGER NOT NULL DEFAULT 0,
            value_json TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS entities_type_value ON entities(type, value);
        CREATE INDEX IF NOT EXISTS entities_value ON entities(value);
        CREATE INDEX IF NOT EXISTS entities_article ON entities(article_id);
        """

    public init(path: String) throws(OutputError) {
        self.path = path
        var configuration = Configuration()
        // Deleting an article deletes its entities, and no entity points nowhere.
        configuration.foreignKeysEnabled = true
        do {
            database = try DatabaseQueue(path: path, configuration: configuration)
            try database.write { db in try db.execute(sql: Self.schema) }
        } catch {
            throw .failed("\(path): cannot be opened as an SQLite database (\(error))")
        }
        let columns = (try? database.read { db in try db.columns(in: "entities").map(\.name) }) ?? []
        guard columns.contains("value_json") else {
            throw .failed("\(path): written by an older haber (value as JSON text); write to a new database")
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

    public func discard() {
        pending.removeAll()
    }

    /// A number as SQLite stores it best: an integer when it is one (`58`, not `58.0`).
    static func databaseNumber(_ number: Double?) -> (any DatabaseValueConvertible)? {
        guard let number else { return nil }
        if number == number.rounded(), abs(number) < 1e15 { return Int64(number) }
        return number
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
                        sql: """
                            INSERT INTO articles (id, source, lang, title, published) VALUES (?, ?, ?, ?, ?)
                            ON CONFLICT(id) DO UPDATE SET source = excluded.source, lang = excluded.lang,
                                title = excluded.title, published = excluded.published
                            """,
                        arguments: [record.id, record.source, record.language, record.title, record.published])
                    for entity in record.entities {
                        var json = ""
                        JSON.append(value: entity.value, to: &json)
                        let flat = FlatEntity(entity.value)
                        let value: (any DatabaseValueConvertible)? = flat.text ?? Self.databaseNumber(flat.number)
                        try db.execute(
                            sql: """
                                INSERT INTO entities (article_id, type, text, start, "end", value, amount, currency,
                                    date_start, date_end, canonical, ref, mod, relative, value_json)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                                """,
                            arguments: [record.id, entity.type.rawValue, entity.text, entity.start, entity.end, value,
                                        entity.type == .money ? Self.databaseNumber(flat.number) : nil, flat.currency,
                                        flat.dateStart, flat.dateEnd, entity.canonical, entity.ref, entity.mod,
                                        entity.relative ? 1 : 0, json])
                    }
                }
            }
        } catch {
            throw .failed("\(path): \(error)")
        }
    }
}
