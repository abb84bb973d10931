import Foundation
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `haber serve` as an operator runs it: a real process on a loopback port.
@Suite struct ServeTests {
    /// SIGTERM while a batch is being answered: the batch is answered in full, the log has
    /// its access line, and the server exits 0 instead of being killed.
    @Test func sigtermFinishesTheRequestsInFlight() async throws {
        let folder = try TemporaryFolder()
        let server = try Spawned(["serve", "--port", "0", "--workers", "1"], in: folder.url)
        // A debug server builds its model cache on first start: minutes on a loaded machine.
        let deadline = Date().addingTimeInterval(600)
        var port: Int?
        while port == nil, server.process.isRunning, Date() < deadline {
            port = Self.port(in: server.standardErrorSoFar)
            if port == nil { try await Task.sleep(for: .milliseconds(50)) }
        }
        let listening = try #require(port, "no 'listening on' line: \(server.standardErrorSoFar)")

        // The listener is up once /healthz answers: only then may the timing below start.
        let health = try #require(URL(string: "http://127.0.0.1:\(listening)/healthz"))
        var healthy = false
        while !healthy, server.process.isRunning, Date() < deadline {
            healthy = ((try? await URLSession.shared.data(from: health))?.1 as? HTTPURLResponse)?.statusCode == 200
            if !healthy { try await Task.sleep(for: .milliseconds(100)) }
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
        let pending = Task { try await URLSession.shared.data(for: request) }
        // Let the batch connect and start (its first lines extracted), then ask the server to stop.
        try await Task.sleep(for: .milliseconds(1500))
        try #require(server.process.isRunning)
        server.process.terminate()

        let (body, response) = try await pending.value
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
