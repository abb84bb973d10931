import Foundation
import HaberSystem
import HaberExtraction

/// One article to analyze.
public struct Article: Sendable, Equatable {
    public var id: String
    /// The path as given, or nil for standard input.
    public var source: String?
    public var text: String
    /// The `published` of a JSON input line as an ISO day, also the reference date.
    public var published: String?
    /// A `published` that is neither an ISO day nor a timestamp (`15.03.2020`): the batch
    /// reads it with the extraction's own date reader, or refuses the line.
    public var publishedToRead: String?
    /// Where the article came from in error messages: the path, or `path line N`.
    public var origin: String
    /// The language the input states (`lang` of a JSON line), which skips detection.
    public var language: String?

    public init(id: String, source: String?, text: String, published: String? = nil, publishedToRead: String? = nil, origin: String? = nil) {
        self.id = id
        self.source = source
        self.text = text
        self.published = published
        self.publishedToRead = publishedToRead
        self.origin = origin ?? source ?? id
    }
}

/// Why an input could not be read; always names the input.
public struct InputError: Error, Equatable, CustomStringConvertible {
    public var input: String
    public var reason: String

    public init(input: String, reason: String) {
        self.input = input
        self.reason = reason
    }

    public var description: String { "\(input): \(reason)" }
}

/// Turns command-line inputs (files, folders, `-`) into articles, one input at a time.
public struct ArticleReader: Sendable {
    public enum Format: String, Sendable, CaseIterable { case text, jsonl }

    public enum Input: Sendable, Equatable {
        /// A file and the id its article takes (or the prefix of its lines' ids).
        case file(String, id: String)
        /// Standard input: `stdin`, then `stdin-2`, … when `-` is given again.
        case standardInput(id: String)
        case missing(InputError)

        /// The input in error messages.
        public var name: String {
            switch self {
            case .file(let path, _): path
            case .standardInput: "<stdin>"
            case .missing(let error): error.input
            }
        }
    }

    public var format: Format
    /// The largest article, in bytes: a text file, standard input, or one JSON line.
    public var maxBytes: Int
    /// Replace invalid UTF-8 with U+FFFD instead of refusing the input.
    public var lossy: Bool
    /// Extensions of the files a folder walk takes, lowercase (default: `txt`, `jsonl` for JSON Lines).
    public var extensions: [String]
    /// Walk hidden files and folders too.
    public var includeHidden: Bool

    public init(format: Format = .text, maxBytes: Int = 16 << 20, lossy: Bool = false, extensions: [String]? = nil,
                includeHidden: Bool = false) {
        self.format = format
        self.maxBytes = maxBytes
        self.lossy = lossy
        self.extensions = (extensions ?? [format == .jsonl ? "jsonl" : "txt"]).map { $0.lowercased() }
        self.includeHidden = includeHidden
    }

    /// Files as given; folders walked recursively for the chosen extensions in sorted path
    /// order, hidden entries skipped; `-` for standard input.
    public func inputs(for arguments: [String]) -> InputWalker {
        InputWalker(arguments: arguments, extensions: extensions, includeHidden: includeHidden)
    }

    /// The articles of one input: one for a text file, one per line for JSON Lines.
    /// Each element is an article or the reason one could not be read.
    public func articles(from input: Input) -> [Result<Article, InputError>] {
        switch format {
        case .text:
            return [article(from: input)]
        case .jsonl:
            var results: [Result<Article, InputError>] = []
            forEachJSONLine(of: input) { unit in
                switch unit {
                case .failure(let error): results.append(.failure(error))
                case .success(let line):
                    if let result = article(fromJSONLine: line.data, number: line.number, input: input) { results.append(result) }
                }
                return true
            }
            return results
        }
    }

    /// One line of a JSON Lines input, still bytes: decoding is left to the worker threads.
    public struct JSONLine: Sendable {
        public var data: Data
        public var number: Int
    }

    /// Hands `body` each line of a JSON Lines input (a line over `maxBytes` as an error,
    /// the others going on) until it returns false.
    public func forEachJSONLine(of input: Input, _ body: (Result<JSONLine, InputError>) -> Bool) {
        let descriptor: FileDescriptor
        switch input {
        case .missing(let error):
            _ = body(.failure(error))
            return
        case .standardInput:
            descriptor = .standardInput
        case .file(let path, _):
            do { descriptor = try .openForReading(path) } catch {
                _ = body(.failure(InputError(input: path, reason: "cannot be read (\(error))")))
                return
            }
        }
        defer { if descriptor != .standardInput { try? descriptor.close() } }
        var lines = LineReader(descriptor: descriptor, limit: maxBytes)
        while true {
            let line: LineReader.Line?
            do { line = try lines.next() } catch {
                _ = body(.failure(InputError(input: input.name, reason: "cannot be read (\(error.description))")))
                return
            }
            switch line {
            case nil:
                return
            case .tooLong(let bytes, let number):
                let error = InputError(input: "\(input.name) line \(number)",
                                       reason: "line is \(bytes) bytes, over the limit of \(maxBytes) (--max-bytes)")
                if !body(.failure(error)) { return }
            case .text(let data, let number):
                if data.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                if !body(.success(JSONLine(data: data, number: number))) { return }
            }
        }
    }

    /// The article of a text input (a file, or all of standard input).
    public func article(from input: Input) -> Result<Article, InputError> {
        let data: Data
        let id: String
        switch input {
        case .missing(let error):
            return .failure(error)
        case .standardInput(let stdinID):
            id = stdinID
            do {
                guard let all = try LineReader.readAll(descriptor: .standardInput, limit: maxBytes) else {
                    return .failure(InputError(input: input.name, reason: "over the limit of \(maxBytes) bytes (--max-bytes)"))
                }
                data = all
            } catch {
                return .failure(InputError(input: input.name, reason: "cannot be read (\(error.description))"))
            }
        case .file(let path, let fileID):
            id = fileID
            switch Self.contents(ofFile: path, limit: maxBytes) {
            case .read(let bytes):
                return bytes.withUnsafeBufferPointer { decode($0, name: input.name, stripBOM: true) }.map { text in
                    Article(id: id, source: path, text: text)
                }
            case .tooLong(let size):
                guard let size else {
                    return .failure(InputError(input: path, reason: "over the limit of \(maxBytes) bytes (--max-bytes)"))
                }
                return .failure(InputError(input: path, reason: "file is \(size) bytes, over the limit of \(maxBytes) (--max-bytes)"))
            case .unread:
                break
            }
            // A file the descriptor could not open or read, again through Foundation for its
            // error: one open and one read, at most one byte past the limit (asking for the size
            // first cost 32,000 instructions a file, and a pipe (`haber extract <(…)`) has none).
            do {
                let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
                defer { try? handle.close() }
                data = try handle.read(upToCount: maxBytes < Int.max ? maxBytes + 1 : maxBytes) ?? Data()
                if data.count > maxBytes {
                    guard let size = try? handle.seekToEnd() else {
                        return .failure(InputError(input: path, reason: "over the limit of \(maxBytes) bytes (--max-bytes)"))
                    }
                    return .failure(InputError(input: path, reason: "file is \(size) bytes, over the limit of \(maxBytes) (--max-bytes)"))
                }
            } catch {
                return .failure(InputError(input: path, reason: "cannot be read (\(Self.reason(error)))"))
            }
        }
        return decode(data, name: input.name, stripBOM: true).map { text in
            let source: String? = if case .file(let path, _) = input { path } else { nil }
            return Article(id: id, source: source, text: text)
        }
    }

    /// An article whose text arrived as bytes from elsewhere (an HTTP body), read as standard
    /// input is: UTF-8 checked, byte-order mark dropped, no source.
    public func article(fromText data: Data, id: String) -> Result<Article, InputError> {
        guard data.count <= maxBytes else {
            return .failure(InputError(input: id, reason: "over the limit of \(maxBytes) bytes (--max-bytes)"))
        }
        return decode(data, name: id, stripBOM: true).map { Article(id: id, source: nil, text: $0) }
    }

    /// Whether `bytes` hold a zero byte, read eight at a time: `contains` took five
    /// instructions a byte. A word has a zero byte exactly when subtracting one from each
    /// byte borrows into a high bit that the byte itself lacks.
    static func containsZero(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0 { return true }
            index += 8
        }
        while index < bytes.count {
            if bytes[index] == 0 { return true }
            index += 1
        }
        return false
    }

    /// What ``contents(ofFile:limit:)`` read of a file.
    enum FileContents {
        case read([UInt8])
        /// Over the limit, with the file's size when it has one (not a pipe).
        case tooLong(size: Int64?)
        /// Not opened or not read: Foundation tries again and words the error.
        case unread
    }

    /// The bytes of the file at `path`, read through its descriptor, at most one byte past
    /// `limit`.
    ///
    /// `FileHandle`, its `URL` and the `Data` cost some 16,000 instructions a file, a third of
    /// reading an article. A file that does not open or read is left to ``article(from:)``'s
    /// Foundation path, whose errors name the cause as before; one over the limit is told
    /// as there (its size from the end offset, none for a pipe).
    static func contents(ofFile path: String, limit: Int) -> FileContents {
        guard let descriptor = try? FileDescriptor.openForReading(path) else { return .unread }
        defer { try? descriptor.close() }
        var bytes: [UInt8] = []
        // Left uninitialized: only the bytes a read wrote are taken from it (zeroed, it cost
        // 16,000 instructions a file).
        let chunkSize = 1 << 13
        var chunk = [UInt8](unsafeUninitializedCapacity: chunkSize) { _, initialized in initialized = chunkSize }
        while true {
            // One byte past the limit at most, without computing `limit + 1` (`--max-bytes` may be Int.max).
            let room = limit - bytes.count
            let wanted = room >= chunk.count ? chunk.count : room + 1
            guard let count = try? descriptor.read(into: &chunk, count: wanted) else { return .unread }
            if count == 0 { return .read(bytes) }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit {
                return .tooLong(size: descriptor.endOffset())
            }
        }
    }

    /// UTF-8 text without a leading byte-order mark, or why the bytes are not text.
    func decode(_ data: Data, name: String, stripBOM: Bool) -> Result<String, InputError> {
        // Over the raw bytes: `Data`'s own iterator costs tens of instructions a byte.
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            decode(bytes.bindMemory(to: UInt8.self), name: name, stripBOM: stripBOM)
        }
    }

    /// ``decode(_:name:stripBOM:)-(Data,_,_)`` of bytes.
    func decode(_ units: UnsafeBufferPointer<UInt8>, name: String, stripBOM: Bool) -> Result<String, InputError> {
        let decoded: String?? = Self.containsZero(units)
            ? .none : .some(String(validating: units, as: UTF8.self) ?? (lossy ? String(decoding: units, as: UTF8.self) : nil))
        guard let decoded else {
            return .failure(InputError(input: name, reason: "binary file (contains NUL bytes)"))
        }
        guard var text = decoded else {
            return .failure(InputError(input: name, reason: "not valid UTF-8 (--lossy replaces bad bytes)"))
        }
        // Asked of the string only when its bytes open with U+FEFF's: `hasPrefix` cost some
        // 900 instructions an article.
        if stripBOM, units.count >= 3, units[0] == 0xEF, units[1] == 0xBB, units[2] == 0xBF, text.hasPrefix("\u{FEFF}") {
            text.removeFirst()
        }
        return .success(text)
    }

    /// One `{"id", "text", "published"?, "lang"?}` line of `input`; nil for a blank line. A line
    /// without an id is named after its input and line number (`stdin:5`, `lines:5`).
    public func article(fromJSONLine data: Data, number: Int, input: Input) -> Result<Article, InputError>? {
        let place = "\(input.name) line \(number)"
        let line: String
        switch decode(data, name: place, stripBOM: number == 1) {
        case .failure(let error): return .failure(error)
        case .success(let text): line = text
        }
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return nil }
        guard let object = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) as? [String: Any] else {
            return .failure(InputError(input: place, reason: "not a JSON object"))
        }
        guard let body = object["text"] as? String else {
            return .failure(InputError(input: place, reason: "no \"text\" string"))
        }
        let prefix: String
        let source: String?
        switch input {
        case .file(let path, let id): (prefix, source) = (id, path)
        case .standardInput(let id): (prefix, source) = (id, nil)
        case .missing(let error): return .failure(error)
        }
        let id = (object["id"] as? String) ?? (object["id"] as? NSNumber)?.stringValue ?? "\(prefix):\(number)"
        var article = Article(id: id, source: source, text: body, origin: place)
        switch object["published"] {
        case nil, is NSNull:
            break
        case let written as String:
            if let day = Self.isoDay(written) { article.published = day } else { article.publishedToRead = written }
        default:
            return .failure(InputError(input: place, reason: "published is not a string"))
        }
        switch object["lang"] {
        case nil, is NSNull:
            break
        case let code as String:
            article.language = code.lowercased()
        default:
            return .failure(InputError(input: place, reason: "lang is not a string"))
        }
        return .success(article)
    }

    /// `YYYY-MM-DD` as is, and the day of an ISO 8601 timestamp (`2020-03-15T10:00:00Z`,
    /// `2020-03-15 10:00`); nil for anything else.
    public static func isoDay(_ text: String) -> String? {
        let scalars = Array(text.trimmingCharacters(in: .whitespaces).unicodeScalars)
        func digits(_ range: Range<Int>) -> Bool {
            range.upperBound <= scalars.count && scalars[range].allSatisfy { ("0"..."9").contains($0) }
        }
        guard digits(0..<4), scalars.count >= 10, scalars[4] == "-", digits(5..<7), scalars[7] == "-", digits(8..<10) else { return nil }
        let day = String(String.UnicodeScalarView(scalars[0..<10]))
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, CalendarDate(year: parts[0], month: parts[1], day: parts[2]) != nil else { return nil }
        if scalars.count == 10 { return day }
        // A timestamp: a time after T or a space, then optional seconds, fraction and zone.
        guard scalars[10] == "T" || scalars[10] == " ", digits(11..<13), scalars.count > 13, scalars[13] == ":", digits(14..<16)
        else { return nil }
        let rest = String(String.UnicodeScalarView(scalars[16...]))
        let pattern = #"^(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$"#
        return rest.range(of: pattern, options: .regularExpression) != nil ? day : nil
    }

    private static func reason(_ error: Error) -> String {
        if let system = SystemError.underlying(error) { return system.description }
        let nsError = error as NSError
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoPermissionError { return "permission denied" }
        return nsError.localizedDescription
    }
}
