import Foundation
@testable import HaberExtraction
import HaberText
import Testing

/// Curated tables split into one folder per language (`models/languages/<code>/`) read as
/// the flat tables they replace, so that no loader knows how its table is stored.
@Suite("Language folders")
struct LanguageFolderTests {
    /// A models folder with two languages (listed against the alphabet: `tr` before `de`),
    /// rows of every language in `all/`, and a folder without a profile.
    private func makeSplitFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("haber-languages-\(UUID().uuidString)")
        let files = [
            "languages/tr/profile.tsv": "# Turkish\nkey\tvalue\nname\tTurkish\nmonths\tcapital\nletters\tğş\norder\t1\n",
            "languages/de/profile.tsv": "key\tvalue\norder\t2\nname\tGerman\nmonths\tcapital\nletters\tß\ndecimal\t,\n",
            "languages/tr/lexicon/roles.tsv": "# Source: curated.\nword\tkind\nBaşkanı\trole\nDr.\ttitle\n",
            "languages/de/lexicon/roles.tsv": "word\tkind\n# a section\nMinister\trole\n",
            "languages/all/lexicon/roles.tsv": "word\tkind\n&\trole\n",
            "languages/it/lexicon/roles.tsv": "word\tkind\nsindaco\trole\n",
        ]
        for (path, text) in files {
            let file = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        return folder
    }

    @Test("a table split by language reads as its flat file, in the language order")
    func joinedAsFlat() throws {
        let folder = try makeSplitFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let flat = try TSVTable(data: Data("lang\tword\tkind\ntr\tBaşkanı\trole\ntr\tDr.\ttitle\nde\tMinister\trole\nit\tsindaco\trole\n*\t&\trole\n".utf8),
                                name: "lexicon/roles.tsv")
        let models = ModelDirectory(url: folder)
        let joined = try models.table("lexicon/roles.tsv")
        #expect(joined.name == flat.name)
        #expect(joined.columns == flat.columns)
        #expect(joined.rows == flat.rows)
        #expect(models.hasTable("lexicon/roles.tsv") && !models.hasTable("lexicon/acronyms.tsv"))

        let bytes = try ByteTable("lexicon/roles.tsv", in: models)
        #expect(bytes.columns == flat.columns)
        #expect((0..<bytes.count).map { row in (0..<bytes.fieldCount(row)).map { bytes.string(row, $0) } } == flat.rows)

        // A flat file, when there is one, is the table (a merge may bring one back).
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("lexicon"), withIntermediateDirectories: true)
        try Data("word\tlang\tkind\nX\ten\trole\n".utf8).write(to: folder.appendingPathComponent("lexicon/roles.tsv"))
        #expect(try models.table("lexicon/roles.tsv").rows == [["X", "en", "role"]])
    }

    @Test("the language list is made from the profiles, in their order, every key a column")
    func languageList() throws {
        let folder = try makeSplitFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let models = ModelDirectory(url: folder)
        let list = try models.table("languages.tsv")
        #expect(list.columns == ["lang", "name", "months", "letters", "decimal"])
        #expect(list.rows == [["tr", "Turkish", "capital", "ğş", ""], ["de", "German", "capital", "ß", ","]])
    }

    @Test("a missing or malformed split table is one line naming the file")
    func errors() throws {
        let folder = try makeSplitFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let models = ModelDirectory(url: folder)
        let missing = #expect(throws: ModelDirectory.LocateError.self) { try models.table("lexicon/acronyms.tsv") }
        #expect(missing?.description.contains("lexicon/acronyms.tsv") == true && missing?.description.contains("\n") == false)
        try Data("word\tlang\nMinister\tde\n".utf8).write(to: folder.appendingPathComponent("languages/de/lexicon/roles.tsv"))
        let malformed = #expect(throws: ModelDirectory.LocateError.self) { try models.table("lexicon/roles.tsv") }
        #expect(malformed?.description.hasPrefix("languages/de/lexicon/roles.tsv:1:") == true)
        try Data("# nothing\n".utf8).write(to: folder.appendingPathComponent("languages/de/profile.tsv"))
        let profile = #expect(throws: ModelDirectory.LocateError.self) { try models.table("languages.tsv") }
        #expect(profile?.description.contains("languages/de/profile.tsv") == true)
    }

    @Test("a cache built from a split table is rebuilt when a language's file changes or a language is added")
    func cacheNoticesParts() throws {
        let folder = try makeSplitFolder()
        let cacheFolder = folder.appendingPathComponent(".cache")
        defer { try? FileManager.default.removeItem(at: folder) }
        let models = ModelDirectory(url: folder)
        let cache = ModelCache(folder: cacheFolder)
        var builds = 0
        func words() throws -> [String] {
            try cache.lines(named: "roles", sources: ["lexicon/roles.tsv"], models: models) { () throws -> [[String]] in
                builds += 1
                return try models.table("lexicon/roles.tsv").column("word").map { [$0] }
            }.map { String($0[0]) }
        }
        #expect(try words() == ["Başkanı", "Dr.", "Minister", "sindaco", "&"])
        _ = try words()
        #expect(builds == 1)
        let german = folder.appendingPathComponent("languages/de/lexicon/roles.tsv")
        try Data("word\tkind\nMinisterin\trole\n".utf8).write(to: german)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: german.path)
        #expect(try words() == ["Başkanı", "Dr.", "Ministerin", "sindaco", "&"] && builds == 2)
        let french = folder.appendingPathComponent("languages/fr/lexicon/roles.tsv")
        try FileManager.default.createDirectory(at: french.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("word\tkind\nmaire\trole\n".utf8).write(to: french)
        #expect(try words().contains("maire") && builds == 3)
        // Reordering the languages reorders the rows: the profiles are part of the fingerprint.
        let turkish = folder.appendingPathComponent("languages/tr/profile.tsv")
        try Data("key\tvalue\nname\tTurkish\norder\t3\n".utf8).write(to: turkish)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 120)], ofItemAtPath: turkish.path)
        #expect(try words().first == "Ministerin" && builds == 4)
    }

    @Test("the package's models: every table the loaders name reads, the languages in their order")
    func packageModels() throws {
        let models = Fixture.modelDirectory
        #expect(try models.table("languages.tsv").column("lang") == ["tr", "en", "fr", "de", "es"])
        for file in ["text/function-words.tsv", "text/abbreviations.tsv", "text/elisions.tsv", "lexicon/org-heads.tsv",
                     "lexicon/name-connectors.tsv", "lexicon/acronyms.tsv", "lexicon/not-organizations.tsv",
                     "lexicon/roles.tsv", "lexicon/quantities.tsv", "lexicon/date-line-labels.tsv", "lexicon/date-line-words.tsv",
                     "lexicon/language-countries.tsv", "lexicon/street-words.tsv", "dates/grammar.tsv",
                     "money/currency-words.tsv", "geo/countries-extra.tsv", "lexicon/name-particles.tsv"] {
            let table = try models.table(file)
            #expect(table.columns.contains("lang") || file == "lexicon/name-particles.tsv", "\(file)")
            #expect(!table.rows.isEmpty, "\(file)")
        }
    }
}
