import Foundation
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `haber serve` as an operator runs it: a real process on a loopback port.
@Suite struct ServeTests {
    /// SIGTERM while a batch is being answered: the batch is answered in full, the log has
    /// its access line, and the server exits 0 instead of being killed.
    ///
    /// Synchronous, and waits by blocking its thread: an `async` test that suspends needs a free
    /// thread of Swift Testing's pool (one per core) to resume, and long synchronous tests run
    /// beside it can hold every one of them past any deadline (a debug run once left this
    /// test's polling unscheduled for ten minutes although the server had started at once).
    @Test func sigtermFinishesTheRequestsInFlight() throws {
        let folder = try TemporaryFolder()
        let server = try Spawned(["serve", "--port", "0", "--workers", "1"], in: folder.url)
        // A debug server builds its model cache on first start: minutes on a loaded machine.
        let deadline = Date().addingTimeInterval(600)
        var port: Int?
        while port == nil, server.process.isRunning, Date() < deadline {
            port = Self.port(in: server.standardErrorSoFar)
            if port == nil { Thread.sleep(forTimeInterval: 0.05) }
        }
        let listening = try #require(port, "no 'listening on' line: \(server.standardErrorSoFar)")

        // The listener is up once /healthz answers: only then may the timing below start.
        let health = URLRequest(url: try #require(URL(string: "http://127.0.0.1:\(listening)/healthz")))
        var healthy = false
        while !healthy, server.process.isRunning, Date() < deadline {
            let answer = try? BlockingRequest(health).answer(within: 30)
            healthy = (answer?.response as? HTTPURLResponse)?.statusCode == 200
            if !healthy { Thread.sleep(forTimeInterval: 0.1) }
        }
        try #require(healthy, "the server never answered /healthz")

        let article = try Haber.corpusArticle("000_25e7f86ed453e38d")
        // Enough lines that the batch is still being answered when the signal comes, on a
        // loaded machine too (one worker, a debug build).
        let count = 2000
        let line = String(decoding: try JSONSerialization.data(withJSONObject: ["text": article]), as: UTF8.self)
        var request = URLRequest(url: try #require(URL(string: "http://127.0.0.1:\(listening)/v1/extract/batch")))
        request.httpMethod = "POST"
        request.httpBody = Data(String(repeating: line + "\n", count: count).utf8)
        request.timeoutInterval = 120
        let pending = BlockingRequest(request)
        // Let the batch connect and start (its first lines extracted), then ask the server to stop.
        Thread.sleep(forTimeInterval: 1.5)
        try #require(server.process.isRunning)
        server.process.terminate()

        let (body, response) = try pending.answer(within: 180)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        let lines = String(decoding: body, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == count)
        #expect(lines.allSatisfy { $0.hasPrefix("{\"id\":") })
        let result = try server.finish()
        #expect(server.process.terminationReason == .exit, "killed by the signal instead of shutting down")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("POST /v1/extract/batch 200"))
    }

    /// The port of the `listening on http://127.0.0.1:PORT` log line.
    static func port(in log: String) -> Int? {
        guard let range = log.range(of: "listening on http://127.0.0.1:") else { return nil }
        return Int(log[range.upperBound...].prefix { $0.isNumber })
    }
}

/// One HTTP request sent at once and answered on URLSession's own queue, for a test that waits
/// for it by blocking its thread rather than by suspending (see
/// ``ServeTests/sigtermFinishesTheRequestsInFlight()``).
private final class BlockingRequest: @unchecked Sendable {
    struct NoAnswer: Error, CustomStringConvertible {
        var description: String
    }

    private let answered = DispatchSemaphore(value: 0)
    /// Written once by the completion handler before `answered` is signalled; read after.
    private var outcome: Result<(body: Data, response: URLResponse), any Error> = .failure(NoAnswer(description: "no answer yet"))

    init(_ request: URLRequest) {
        URLSession.shared.dataTask(with: request) { body, response, error in
            if let body, let response {
                self.outcome = .success((body, response))
            } else {
                self.outcome = .failure(error ?? NoAnswer(description: "neither a body nor an error"))
            }
            self.answered.signal()
        }.resume()
    }

    /// The body and response, or the request's error; throws when none came within `seconds`.
    func answer(within seconds: TimeInterval) throws -> (body: Data, response: URLResponse) {
        guard answered.wait(timeout: .now() + seconds) == .success else {
            throw NoAnswer(description: "no answer within \(Int(seconds)) s")
        }
        return try outcome.get()
    }
}
