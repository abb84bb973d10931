import ArgumentParser
import Foundation
import HaberServer
import Logging

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve extraction over HTTP: POST an article, get its record.",
        discussion: """
            Endpoints: POST /v1/extract (text/plain, or JSON {"id","text","published"?,"lang"?}), \
            POST /v1/extract/batch (JSON Lines in and out, in input order), GET /healthz, \
            GET /version, GET /openapi.yaml. Query parameters reference_date, types and lang act as \
            --reference-date, --types and --lang. The models are loaded once. SIGTERM or SIGINT stops \
            accepting connections and finishes the requests in flight. One access-log line \
            per request goes to standard error.
            """)

    @Option(help: "The address to listen on; loopback by default, as the service has no authentication.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0: a free one, logged once listening).")
    var port = 8080

    @Option(help: "Refuse request bodies larger than this many bytes (413).")
    var maxBytes: Int = 16 << 20

    @Option(help: "Threads that extract, each with its own pipeline (default: the number of cores).")
    var workers: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Requests admitted at once, running or queued; more are answered 503.")
    var maxInFlight = 128

    @Option(help: "Seconds one extraction may take, queueing included; past it the answer is 504.")
    var timeout: Double = 30

    @Option(help: "Log level: trace, debug, info (one line per request), notice, warning, error.")
    var logLevel: Logger.Level = .info

    @Option(help: "The models folder (default: HABER_MODELS, or the one beside the executable or package).")
    var models: String?

    func validate() throws {
        if maxBytes <= 0 { throw ValidationError("--max-bytes must be positive") }
        if workers <= 0 { throw ValidationError("--workers must be at least 1") }
        if maxInFlight <= 0 { throw ValidationError("--max-in-flight must be at least 1") }
        if !(timeout > 0) { throw ValidationError("--timeout must be positive") }
        if !(0...65535).contains(port) { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() async throws {
        let level = logLevel
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "haber.serve")
        let loaded = try loadModels(models: models)
        let configuration = ServerConfiguration(
            host: host, port: port, maxBodyBytes: maxBytes, workers: workers, maxInFlight: maxInFlight,
            timeout: .milliseconds(Int64(timeout * 1000)), version: Haber.version)
        let service: HaberService
        do {
            service = try HaberService(models: loaded, configuration: configuration)
        } catch {
            report("\(error)")
            throw ExitCode(1)
        }
        let application = service.application(logger: logger) { channel in
            let address = channel.localAddress
            logger.notice("listening on http://\(address?.ipAddress ?? configuration.host):\(address?.port ?? configuration.port)")
        }
        try await application.runService()
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}
