import Foundation
import HaberExtraction
import HaberICU
import HaberRecords
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import ServiceLifecycle

/// The HTTP face of `haber extract`: the same records, byte for byte, for an article posted
/// instead of read from a file, with the models loaded once for the life of the process.
///
/// Endpoints are described in `openapi.yaml` (served at `GET /openapi.yaml`).
public struct HaberService: Sendable {
    public let configuration: ServerConfiguration
    public let pool: ExtractionPool
    private let writer = JSONLinesWriter()
    /// JSON input lines are read as `haber extract --input-format jsonl -` reads standard input,
    /// so that a line without `id` gets the same default id.
    private let reader = ArticleReader(format: .jsonl)
    private static let inputName = "stdin"
    /// The codes of `models/languages.tsv`: a `lang` outside them is refused.
    private let languages: [String]

    public init(models: ExtractionModels, configuration: ServerConfiguration) throws(ICUError) {
        self.configuration = configuration
        languages = models.text.languages.map(\.code)
        pool = try ExtractionPool(
            models: models, workers: configuration.workers, maxInFlight: configuration.maxInFlight, timeout: configuration.timeout)
    }

    /// The committed OpenAPI description, shipped as a resource of this module.
    public static func openAPIDocument() -> String {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml"),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { return "" }
        return text
    }

    /// Every route, behind the access log.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: AccessLogMiddleware())
        let openAPI = ByteBuffer(string: Self.openAPIDocument())
        router.get("/healthz") { _, _ in
            json("{\"status\":\"ok\",\"in_flight\":\(pool.requestsInFlight),\"max_in_flight\":\(pool.maxInFlight),\"workers\":\(configuration.workers)}")
        }
        router.get("/version") { _, _ in
            var body = "{\"name\":\"haber\",\"version\":"
            JSON.append(string: configuration.version, to: &body)
            return json(body + "}")
        }
        router.get("/openapi.yaml") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/yaml"], body: ResponseBody(byteBuffer: openAPI))
        }
        router.post("/v1/extract") { request, _ in try await extract(request) }
        router.post("/v1/extract/batch") { request, _ in try batch(request) }
        return router
    }

    /// The application: the router on `configuration.host:port`, with the pool as a service so
    /// that it stops after the server has finished the requests in flight.
    public func application(logger: Logger, onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in })
        -> some ApplicationProtocol
    {
        Application(
            router: router(),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "haber"),
            services: [pool],
            onServerRunning: onServerRunning,
            logger: logger)
    }

    // MARK: Endpoints

    private func extract(_ request: Request) async throws(ServiceError) -> Response {
        let query = try QueryOptions(request.uri, languages: languages)
        let permit = try pool.admit()
        defer { permit.release() }
        let body = try await collect(request)
        var article = try article(from: body, contentType: request.headers[.contentType])
        article.language = try language(of: article, query: query)
        let record = try await pool.record(for: article, referenceDate: query.referenceDate)
        return json(writer.line(for: record.keeping(query.types)), newline: false)
    }

    /// JSON Lines in, JSON Lines out, in input order, each line written as soon as it and
    /// those before it are done; up to `workers` lines of one batch are extracted at once.
    /// A line that fails becomes `{"error", "detail", "line"}` in its place: the status
    /// (200) is sent before the first line is read.
    ///
    /// The whole batch holds one permit of the pool, from admission until its last line is
    /// written, or, when the client goes away, until the lines already started are done: a
    /// batch counts as one request however long, and never has work running without a place.
    private func batch(_ request: Request) throws(ServiceError) -> Response {
        let query = try QueryOptions(request.uri, languages: languages)
        if let length = request.headers[.contentLength].flatMap(Int.init), length > configuration.maxBodyBytes {
            throw .tooLarge(limit: configuration.maxBodyBytes)
        }
        let permit = try pool.admit()
        let limit = configuration.maxBodyBytes, window = configuration.workers
        let body = ResponseBody { [self] writer in
            defer { permit.release() }
            var pending: [Task<String, Never>] = []
            do {
                var splitter = LineSplitter()
                var number = 0, received = 0, overflow = false
                for try await buffer in request.body {
                    received += buffer.readableBytes
                    if received > limit {
                        overflow = true
                        break
                    }
                    for line in splitter.lines(appending: buffer) {
                        number += 1
                        guard let task = lineTask(line, number: number, query: query) else { continue }
                        pending.append(task)
                        if pending.count >= window { try await writer.write(ByteBuffer(string: await pending.removeFirst().value)) }
                    }
                }
                if !overflow, let line = splitter.remainder(), let task = lineTask(line, number: number + 1, query: query) {
                    pending.append(task)
                }
                while !pending.isEmpty { try await writer.write(ByteBuffer(string: await pending.removeFirst().value)) }
                if overflow { try await writer.write(ByteBuffer(string: ServiceError.tooLarge(limit: limit).json() + "\n")) }
                try await writer.finish(nil)
            } catch {
                // The body broke off or the client went away: the lines started still run on
                // the workers, and keep the permit until they are done.
                for task in pending { _ = await task.value }
                throw error
            }
        }
        return Response(status: .ok, headers: [.contentType: "application/x-ndjson"], body: body)
    }

    /// The work for one batch line, started at once; nil for a blank line, which has no output.
    private func lineTask(_ bytes: [UInt8], number: Int, query: QueryOptions) -> Task<String, Never>? {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let error = ServiceError.invalidUTF8("line \(number) is not valid UTF-8").json(line: number) + "\n"
            return Task { error }
        }
        guard let result = reader.article(fromJSONLine: Data(text.utf8), number: number, input: .standardInput(id: Self.inputName))
        else { return nil }
        return Task { [self] in
            do throws(ServiceError) {
                var article = try result.mapError { ServiceError.invalidJSON("line \(number): \($0.reason)") }.get()
                article.language = try language(of: article, query: query)
                let record = try await pool.record(for: article, referenceDate: query.referenceDate)
                return writer.line(for: record.keeping(query.types))
            } catch {
                return error.json(line: number) + "\n"
            }
        }
    }

    /// The language `article` is read in: its own `lang`, else the `lang` parameter, else
    /// detected (nil); refused when the models have no such language.
    private func language(of article: Article, query: QueryOptions) throws(ServiceError) -> String? {
        try article.language(default: query.language, among: languages).mapError { ServiceError.unknownLanguage($0.reason) }.get()
    }

    // MARK: Bodies

    /// The whole body, refused early by its declared length and again while it arrives.
    private func collect(_ request: Request) async throws(ServiceError) -> ByteBuffer {
        let limit = configuration.maxBodyBytes
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit { throw .tooLarge(limit: limit) }
        do {
            return try await request.body.collect(upTo: limit)
        } catch is NIOTooManyBytesError {
            throw .tooLarge(limit: limit)
        } catch {
            throw .badParameter("the body could not be read: \(error)")
        }
    }

    /// A `text/plain` body is one article read as `haber extract -` reads standard input (id
    /// `stdin`, byte-order mark dropped); a JSON body is one input line's object.
    private func article(from body: ByteBuffer, contentType: String?) throws(ServiceError) -> Article {
        let bytes = Data(body.readableBytesView)
        let mediaType = (contentType ?? "text/plain").split(separator: ";").first.map {
            $0.trimmingCharacters(in: .whitespaces).lowercased()
        } ?? ""
        switch mediaType {
        case "text/plain", "":
            return try ArticleReader(format: .text, maxBytes: configuration.maxBodyBytes)
                .article(fromText: bytes, id: Self.inputName).mapError(ServiceError.init).get()
        case "application/json":
            guard let text = String(validating: bytes, as: UTF8.self) else { throw .invalidUTF8("the body is not valid UTF-8") }
            guard let result = reader.article(fromJSONLine: Data(text.utf8), number: 1, input: .standardInput(id: Self.inputName)) else {
                throw .invalidJSON("the body is empty, not a JSON object")
            }
            return try result.mapError { ServiceError.invalidJSON("the body: \($0.reason)") }.get()
        default:
            throw .unsupportedMediaType("send text/plain (an article) or application/json ({\"id\", \"text\", \"published\"?}), not \(mediaType)")
        }
    }
}

/// `reference_date`, `types` and `lang`, read as `--reference-date`, `--types` and `--lang` are.
struct QueryOptions: Sendable {
    var referenceDate: CalendarDate?
    var types: Set<EntityType> = []
    /// The language of every article of the request that does not state its own.
    var language: String?

    init(_ uri: URI, languages: [String]) throws(ServiceError) {
        let parameters = uri.queryParameters
        if let code = parameters["lang"] {
            let language = String(code).lowercased()
            guard languages.contains(language) else { throw .unknownLanguage(Article.notALanguage(String(code), among: languages)) }
            self.language = language
        }
        if let day = parameters["reference_date"] {
            guard let date = CalendarDate(day: String(day)) else {
                throw .badParameter("reference_date must be a day as YYYY-MM-DD, not '\(day)'")
            }
            referenceDate = date
        }
        if let list = parameters["types"] {
            guard let types = EntityType.set(parsing: String(list)) else {
                throw .badParameter("types takes \(EntityType.ordered.map(\.rawValue).joined(separator: ",")), not '\(list)'")
            }
            self.types = types
        }
    }
}

/// A JSON answer with status 200; `newline` ends it as a line, as records already are.
private func json(_ body: String, newline: Bool = true) -> Response {
    Response(status: .ok, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: ByteBuffer(string: newline ? body + "\n" : body)))
}

extension ExtractionPool: Service {
    /// Waits for the shutdown signal, then lets queued extractions finish and stops the threads.
    public func run() async throws {
        try? await gracefulShutdown()
        try await shutdown()
    }
}
