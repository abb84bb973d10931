import Hummingbird
import Logging

/// One line per request on the service's logger, with what an operator greps for: method,
/// path, status and duration. Errors are logged with the status they will be answered with.
struct AccessLogMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        do {
            let response = try await next(request, context)
            log(request, status: response.status, bytes: response.body.contentLength, since: start, logger: context.logger)
            return response
        } catch {
            let status = (error as? any HTTPResponseError)?.status ?? .internalServerError
            log(request, status: status, bytes: nil, since: start, logger: context.logger)
            throw error
        }
    }

    private func log(_ request: Request, status: HTTPResponse.Status, bytes: Int?, since start: ContinuousClock.Instant, logger: Logger) {
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        let size = bytes.map { "\($0)" } ?? "-"
        logger.info(
            "\(request.method) \(request.uri.path) \(status.code) \(size) \((milliseconds * 10).rounded() / 10)ms",
            metadata: ["access": "1"])
    }
}
