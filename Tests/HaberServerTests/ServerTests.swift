import Foundation
@testable import HaberServer
import Hummingbird
import HummingbirdTesting
import NIOConcurrencyHelpers
import Testing

/// The seed article and two more of the corpus, in two languages.
let corpusIDs = ["000_25e7f86ed453e38d", "de-001", "tr-001"]

@Suite struct EndpointTests {
    @Test(arguments: [
        ("/healthz", "application/json", "\"status\":\"ok\""),
        ("/version", "application/json", "\"version\":\"test\""),
        ("/openapi.yaml", "application/yaml", "openapi: 3.1.0"),
    ])
    func getEndpoints(path: String, contentType: String, contains: String) async throws {
        try await Fixture.withService { _, client in
            try await client.execute(uri: path, method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == contentType)
                #expect(response.text.contains(contains))
            }
        }
    }

    /// The record of a JSON body is the line `haber extract --input-format jsonl -` writes for
    /// the same object, byte for byte, with and without the query parameters.
    @Test(arguments: corpusIDs, [
        ("", [String]()), ("?types=ORG,money&reference_date=2020-02-29", ["--types", "ORG,money", "--reference-date", "2020-02-29"]),
        ("?lang=DE", ["--lang", "de"]),
    ])
    func jsonRecordIsTheCLIRecord(id: String, options: (query: String, flags: [String])) async throws {
        let line = try Fixture.jsonLine(id: id, text: try Fixture.article(id))
        let expected = try Fixture.haber(["extract", "--input-format", "jsonl", "--quiet"] + options.flags + ["-"], input: line + "\n")
        #expect(!expected.isEmpty)
        try await Fixture.withService { _, client in
            try await client.execute(
                uri: "/v1/extract" + options.query, method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: line)
            ) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json")
                #expect(response.text == expected)
            }
        }
    }

    /// A text/plain body is what `haber extract -` reads on standard input (id `stdin`).
    @Test(arguments: corpusIDs)
    func textRecordIsTheCLIRecord(id: String) async throws {
        let text = try Fixture.article(id)
        let expected = try Fixture.haber(["extract", "--quiet", "-"], input: text)
        try await Fixture.withService { _, client in
            try await client.execute(
                uri: "/v1/extract", method: .post, headers: [.contentType: "text/plain; charset=utf-8"], body: ByteBuffer(string: text)
            ) { response in
                #expect(response.status == .ok)
                #expect(response.text == expected)
            }
        }
    }

    /// A batch answers what the CLI writes for the same JSON Lines, in input order, blank
    /// lines and a line without id included.
    @Test func batchIsTheCLIOutput() async throws {
        var lines = try corpusIDs.map { try Fixture.jsonLine(id: $0, text: try Fixture.article($0)) }
        lines.insert("", at: 1)
        lines.append("{\"text\":\"Ankara’da 21.07.2017 tarihinde yüzde 58 arttı.\"}")
        let input = lines.joined(separator: "\n") + "\n"
        let expected = try Fixture.haber(["extract", "--input-format", "jsonl", "--quiet", "-"], input: input)
        #expect(expected.split(separator: "\n").count == 4)
        try await Fixture.withService { _, client in
            try await client.execute(
                uri: "/v1/extract/batch", method: .post, headers: [.contentType: "application/x-ndjson"], body: ByteBuffer(string: input)
            ) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/x-ndjson")
                #expect(response.text == expected)
            }
        }
    }

    /// A bad line becomes an error line in its place; the others are still answered.
    @Test func batchReportsBadLinesInPlace() async throws {
        let input = "{\"id\":\"a\",\"text\":\"Ankara\"}\nnot json\n{\"id\":\"b\"}\n{\"id\":\"c\",\"text\":\"İzmir\"}"
        try await Fixture.withService { _, client in
            try await client.execute(uri: "/v1/extract/batch", method: .post, body: ByteBuffer(string: input)) { response in
                let lines = response.text.split(separator: "\n").map(String.init)
                #expect(lines.count == 4)
                #expect(lines[0].hasPrefix("{\"id\":\"a\""))
                #expect(lines[1] == "{\"error\":\"invalid_json\",\"detail\":\"line 2: not a JSON object\",\"line\":2}")
                #expect(lines[2].contains("\"error\":\"invalid_json\"") && lines[2].contains("\"line\":3"))
                #expect(lines[3].hasPrefix("{\"id\":\"c\""))
            }
        }
    }
}

@Suite struct LimitTests {
    /// Each bad request is refused with its status and a JSON body naming the problem.
    @Test(arguments: [
        ("/v1/extract", "text/plain", [UInt8]([0x41, 0xFF, 0x42]), HTTPResponse.Status.badRequest, "invalid_utf8"),
        ("/v1/extract", "application/json", [0x7B, 0xC3, 0x7D], .badRequest, "invalid_utf8"),
        ("/v1/extract", "text/plain", [0x41, 0x00, 0x42], .badRequest, "binary_body"),
        ("/v1/extract", "application/json", Array("{\"id\": 1,".utf8), .badRequest, "invalid_json"),
        ("/v1/extract", "application/json", Array("[1, 2]".utf8), .badRequest, "invalid_json"),
        ("/v1/extract", "application/json", Array("{\"id\":\"x\"}".utf8), .badRequest, "invalid_json"),
        ("/v1/extract", "application/json", [], .badRequest, "invalid_json"),
        ("/v1/extract", "image/png", Array("Ankara".utf8), .unsupportedMediaType, "unsupported_media_type"),
        ("/v1/extract?reference_date=2020-13-01", "text/plain", Array("Ankara".utf8), .badRequest, "bad_parameter"),
        ("/v1/extract?reference_date=2020-1-1", "text/plain", Array("Ankara".utf8), .badRequest, "bad_parameter"),
        ("/v1/extract?types=ORG,SHIP", "text/plain", Array("Ankara".utf8), .badRequest, "bad_parameter"),
        ("/v1/extract/batch?types=SHIP", "application/x-ndjson", Array("{}".utf8), .badRequest, "bad_parameter"),
    ])
    func badRequests(uri: String, contentType: String, body: [UInt8], status: HTTPResponse.Status, code: String) async throws {
        try await Fixture.withService { _, client in
            try await client.execute(
                uri: uri, method: .post, headers: [.contentType: contentType], body: ByteBuffer(bytes: body)
            ) { response in
                #expect(response.status == status)
                #expect(response.headers[.contentType] == "application/json")
                let object = try response.object()
                #expect(object["error"] as? String == code)
                #expect((object["detail"] as? String)?.isEmpty == false)
            }
        }
    }

    /// Over `maxBodyBytes`: 413 for one article, for a batch whose length is declared.
    @Test(arguments: ["/v1/extract", "/v1/extract/batch"])
    func bodyOverTheLimit(uri: String) async throws {
        let configuration = ServerConfiguration(maxBodyBytes: 64, version: "test")
        try await Fixture.withService(configuration) { _, client in
            let body = ByteBuffer(string: "{\"text\":\"" + String(repeating: "Ankara ", count: 20) + "\"}")
            try await client.execute(
                uri: uri, method: .post, headers: [.contentType: "application/json", .contentLength: "\(body.readableBytes)"], body: body
            ) { response in
                #expect(response.status == .contentTooLarge)
                let object = try response.object()
                #expect(object["error"] as? String == "body_too_large")
            }
        }
    }

    /// With every admission taken, a request is answered 503 at once, with Retry-After.
    @Test(arguments: ["/v1/extract", "/v1/extract/batch"])
    func saturated(uri: String) async throws {
        try await Fixture.withService(ServerConfiguration(maxInFlight: 2, version: "test")) { service, client in
            let permits = [try service.pool.admit(), try service.pool.admit()]
            defer { for permit in permits { permit.release() } }
            try await client.execute(uri: uri, method: .post, body: ByteBuffer(string: "{\"text\":\"Ankara\"}")) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.headers[.retryAfter] == "1")
                let object = try response.object()
                #expect(object["error"] as? String == "overloaded")
            }
        }
    }

    /// An extraction past the timeout is answered 504 (in a batch, an error line); the
    /// admission is given back either way.
    @Test func timeout() async throws {
        try await Fixture.withService(ServerConfiguration(timeout: .nanoseconds(1), version: "test")) { service, client in
            let article = try Fixture.article("000_25e7f86ed453e38d")
            try await client.execute(uri: "/v1/extract", method: .post, body: ByteBuffer(string: article)) { response in
                #expect(response.status == .gatewayTimeout)
                let object = try response.object()
                #expect(object["error"] as? String == "timeout")
            }
            let line = try Fixture.jsonLine(id: "x", text: article)
            try await client.execute(uri: "/v1/extract/batch", method: .post, body: ByteBuffer(string: line)) { response in
                #expect(response.status == .ok)
                #expect(response.text.hasPrefix("{\"error\":\"timeout\""))
            }
            #expect(service.pool.requestsInFlight == 0)
        }
    }

    /// One access-log line per request, with method, path and status.
    @Test func accessLog() async throws {
        let logs = LogCapture()
        try await Fixture.withService(logs: logs) { _, client in
            try await client.execute(uri: "/healthz", method: .get)
            try await client.execute(uri: "/v1/extract?types=SHIP", method: .post, body: ByteBuffer(string: "x"))
            try await client.execute(uri: "/v1/extract", method: .post, body: ByteBuffer(string: "Ankara"))
        }
        let access = logs.messages.filter { $0.hasPrefix("info ") && $0.contains("ms") }
        #expect(access.count == 3)
        #expect(access.first?.hasPrefix("info GET /healthz 200 ") == true)
        #expect(access.dropFirst().first?.hasPrefix("info POST /v1/extract 400 ") == true)
        #expect(access.last?.hasPrefix("info POST /v1/extract 200 ") == true)
    }
}

/// `lang` states the language and skips detection, as `--lang` and a JSON line's `"lang"` do;
/// a language without data is refused, naming it.
@Suite struct LanguageTests {
    static let text = "Ankara’da yüzde 58 arttı."

    @Test(arguments: [
        // The parameter, for a text body and a JSON body; the body's own lang comes first.
        ("/v1/extract?lang=de", "text/plain", text, "de"),
        ("/v1/extract?lang=FR", "text/plain", text, "fr"),
        ("/v1/extract", "text/plain", text, "tr"),
        ("/v1/extract?lang=en", "application/json", "{\"text\":\"\(text)\"}", "en"),
        ("/v1/extract?lang=en", "application/json", "{\"text\":\"\(text)\",\"lang\":\"es\"}", "es"),
        ("/v1/extract", "application/json", "{\"text\":\"\(text)\",\"lang\":\"de\"}", "de"),
    ])
    func accepted(uri: String, contentType: String, body: String, language: String) async throws {
        try await Fixture.withService { _, client in
            try await client.execute(uri: uri, method: .post, headers: [.contentType: contentType], body: ByteBuffer(string: body)) { response in
                #expect(response.status == .ok, "\(response.text)")
                let object = try response.object()
                #expect(object["lang"] as? String == language)
            }
        }
    }

    @Test(arguments: [
        ("/v1/extract?lang=xx", "text/plain", text, "'xx'"),
        ("/v1/extract?lang=", "text/plain", text, "''"),
        ("/v1/extract", "application/json", "{\"text\":\"\(text)\",\"lang\":\"klingon\"}", "'klingon'"),
        ("/v1/extract?lang=tr", "application/json", "{\"text\":\"\(text)\",\"lang\":\"zz\"}", "'zz'"),
        ("/v1/extract/batch?lang=xx", "application/x-ndjson", "{\"text\":\"\(text)\"}", "'xx'"),
    ])
    func refused(uri: String, contentType: String, body: String, named: String) async throws {
        try await Fixture.withService { service, client in
            try await client.execute(uri: uri, method: .post, headers: [.contentType: contentType], body: ByteBuffer(string: body)) { response in
                #expect(response.status == .badRequest)
                let object = try response.object()
                #expect(object["error"] as? String == "unknown_language")
                let detail = try #require(object["detail"] as? String)
                #expect(detail.contains(named) && detail.contains("tr, en"), "\(detail)")
            }
            #expect(service.pool.requestsInFlight == 0)
        }
    }

    /// In a batch, each line's lang is its own: a line with a language Haber lacks gets the
    /// error in its place, and the parameter stands for the lines that state none.
    @Test func batchLines() async throws {
        let input = "{\"id\":\"a\",\"text\":\"\(Self.text)\"}\n{\"id\":\"b\",\"text\":\"x\",\"lang\":\"xx\"}\n"
            + "{\"id\":\"c\",\"text\":\"\(Self.text)\",\"lang\":\"tr\"}\n"
        try await Fixture.withService { _, client in
            try await client.execute(uri: "/v1/extract/batch?lang=de", method: .post, body: ByteBuffer(string: input)) { response in
                #expect(response.status == .ok)
                let lines = response.text.split(separator: "\n").map(String.init)
                #expect(lines.count == 3)
                #expect(lines[0].hasPrefix("{\"id\":\"a\",\"source\":null,\"lang\":\"de\""), "\(lines[0])")
                #expect(lines[1].hasPrefix("{\"error\":\"unknown_language\",\"detail\":\"lang 'xx' is not"), "\(lines[1])")
                #expect(lines[1].hasSuffix(",\"line\":2}"))
                #expect(lines[2].hasPrefix("{\"id\":\"c\",\"source\":null,\"lang\":\"tr\""), "\(lines[2])")
            }
        }
    }
}

/// A `published` that is not an ISO day is read as `haber extract --input-format jsonl` reads
/// it (the same record), or refused.
@Suite struct PublishedTests {
    @Test func readAsTheCLIReadsIt() async throws {
        let line = "{\"id\":\"p\",\"text\":\"Ankara’da dün toplantı yapıldı.\",\"published\":\"15.03.2020\"}"
        let expected = try Fixture.haber(["extract", "--input-format", "jsonl", "--quiet", "-"], input: line + "\n")
        #expect(expected.contains("\"published\":\"2020-03-15\""))
        try await Fixture.withService { _, client in
            try await client.execute(uri: "/v1/extract", method: .post, headers: [.contentType: "application/json"],
                                     body: ByteBuffer(string: line)) { response in
                #expect(response.status == .ok)
                #expect(response.text == expected)
            }
        }
    }

    @Test func refused() async throws {
        let line = "{\"id\":\"p\",\"text\":\"Ankara\",\"published\":\"not-a-date\"}"
        try await Fixture.withService { _, client in
            try await client.execute(uri: "/v1/extract", method: .post, headers: [.contentType: "application/json"],
                                     body: ByteBuffer(string: line)) { response in
                #expect(response.status == .badRequest)
                let object = try response.object()
                #expect(object["error"] as? String == "invalid_json")
                #expect((object["detail"] as? String)?.contains("not-a-date") == true)
            }
        }
    }
}

/// The concurrency limit counts requests: one permit each, a batch's for the whole batch.
@Suite struct PermitTests {
    @Test func givenBackOnceWhetherReleasedOrDropped() async throws {
        let models = try Fixture.models.get()
        let pool = try ExtractionPool(models: models, workers: 1, maxInFlight: 2, timeout: .seconds(30))
        let first = try pool.admit()
        #expect(pool.requestsInFlight == 1)
        first.release()
        first.release()
        #expect(pool.requestsInFlight == 0)
        do {
            let dropped = try pool.admit()
            #expect(pool.requestsInFlight == 1)
            _ = dropped
        }
        #expect(pool.requestsInFlight == 0)
        let held = [try pool.admit(), try pool.admit()]
        #expect(throws: ServiceError.overloaded(limit: 2)) { _ = try pool.admit() }
        #expect(pool.requestsInFlight == 2)
        for permit in held { permit.release() }
        #expect(pool.requestsInFlight == 0)
        try await pool.shutdown()
    }

    /// While a batch of many lines streams on two workers, /healthz never counts it as more
    /// than one request; it is none once the batch is answered.
    @Test func aBatchIsOneRequest() async throws {
        let article = try Fixture.article("000_25e7f86ed453e38d")
        let input = try (0..<12).map { try Fixture.jsonLine(id: "a\($0)", text: article) }.joined(separator: "\n") + "\n"
        try await Fixture.withService(ServerConfiguration(workers: 2, version: "test")) { service, client in
            let done = NIOLockedValueBox(false)
            let batch = Task {
                defer { done.withLockedValue { $0 = true } }
                try await client.execute(uri: "/v1/extract/batch", method: .post, body: ByteBuffer(string: input)) { response in
                    #expect(response.status == .ok)
                    #expect(response.text.split(separator: "\n").count == 12)
                }
            }
            var seen: Set<Int> = []
            while !done.withLockedValue({ $0 }) {
                seen.insert(service.pool.requestsInFlight)
                try await Task.sleep(for: .milliseconds(2))
            }
            try await batch.value
            #expect(seen.allSatisfy { $0 <= 1 }, "\(seen)")
            #expect(seen.contains(1), "the batch was never seen in flight")
            #expect(service.pool.requestsInFlight == 0)
        }
    }
}

@Suite struct OpenAPITests {
    /// The operations of the committed openapi.yaml: `  /path:` then `    method:` lines.
    static func operations() throws -> Set<String> {
        let document = HaberService.openAPIDocument()
        #expect(document.hasPrefix("openapi: 3.1.0"))
        var operations: Set<String> = []
        var inPaths = false, path = ""
        for line in document.split(separator: "\n", omittingEmptySubsequences: true) {
            if !line.hasPrefix(" ") { inPaths = line == "paths:" }
            guard inPaths else { continue }
            if line.hasPrefix("  /"), !line.hasPrefix("   ") {
                path = String(line.dropFirst(2).dropLast())
            } else if line.hasPrefix("    "), !line.hasPrefix("     "), line.hasSuffix(":") {
                operations.insert("\(line.dropFirst(4).dropLast().uppercased()) \(path)")
            }
        }
        return operations
    }

    /// Every route of the server is described, and every description is routed.
    @Test func specMatchesTheRouter() async throws {
        let described = try Self.operations()
        #expect(described.count == 5)
        let service = try HaberService(models: try Fixture.models.get(), configuration: ServerConfiguration())
        let routed = Set(service.router().routes.map(\.description))
        #expect(described == routed)
        try await service.pool.shutdown()
    }

    /// The file served is the one committed in the repository.
    @Test func servedFileIsTheCommittedOne() throws {
        let committed = try String(
            contentsOf: Fixture.packageRoot.appendingPathComponent("Sources/HaberServer/openapi.yaml"), encoding: .utf8)
        #expect(HaberService.openAPIDocument() == committed)
    }
}

@Suite struct LineSplitterTests {
    /// However the body is cut into buffers, the lines are the same.
    @Test(arguments: [
        (["a\nb\n"], ["a", "b"]),
        (["a", "\nb"], ["a", "b"]),
        (["a\r\n", "\r\nb\r"], ["a", "", "b"]),
        (["", "ab", "c\n\n"], ["abc", ""]),
        (["é\n"], ["é"]),
    ])
    func lines(chunks: [String], expected: [String]) {
        var splitter = LineSplitter()
        var lines: [String] = []
        for chunk in chunks {
            lines += splitter.lines(appending: ByteBuffer(string: chunk)).map { String(decoding: $0, as: UTF8.self) }
        }
        if let rest = splitter.remainder() { lines.append(String(decoding: rest, as: UTF8.self)) }
        #expect(lines == expected)
    }
}
