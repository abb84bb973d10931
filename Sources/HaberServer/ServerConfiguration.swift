/// How `haber serve` listens and what it accepts; every limit has a flag.
public struct ServerConfiguration: Sendable, Equatable {
    /// Loopback by default: the service has no authentication, so exposing it is a choice.
    public var host: String
    /// 0 asks the system for a free port (the address is logged once listening).
    public var port: Int
    /// The largest request body, in bytes: the same default as `haber extract --max-bytes`.
    public var maxBodyBytes: Int
    /// Threads that extract, each with its own pipeline (ICU iterators are per thread).
    public var workers: Int
    /// Requests admitted at once, running or waiting for a worker; one more is answered 503
    /// at once rather than queued without bound.
    public var maxInFlight: Int
    /// How long one extraction (one article, one batch line) may take, waiting included; past
    /// it the answer is 504.
    public var timeout: Duration
    /// Printed by `GET /version`.
    public var version: String

    public init(
        host: String = "127.0.0.1", port: Int = 8080, maxBodyBytes: Int = 16 << 20, workers: Int = 2, maxInFlight: Int = 128,
        timeout: Duration = .seconds(30), version: String = "unknown"
    ) {
        self.host = host
        self.port = port
        self.maxBodyBytes = maxBodyBytes
        self.workers = max(1, workers)
        self.maxInFlight = max(1, maxInFlight)
        self.timeout = timeout
        self.version = version
    }
}
