import Foundation
import HaberRecords
import Hummingbird

/// Why a request got no record. Each case has its status and a stable `error` code, and
/// answers with a JSON body `{"error": CODE, "detail": MESSAGE}` naming the problem, so that
/// a client can tell a bad article from a busy server without parsing prose.
public enum ServiceError: Error, Equatable, Sendable {
    case invalidUTF8(String)
    case invalidJSON(String)
    case binary(String)
    case badParameter(String)
    /// A `lang` (parameter, body or batch line) the models have no data for.
    case unknownLanguage(String)
    case unsupportedMediaType(String)
    case tooLarge(limit: Int)
    case overloaded(limit: Int)
    case timedOut(Duration)
    case extraction(String)

    public var status: HTTPResponse.Status {
        switch self {
        case .invalidUTF8, .invalidJSON, .binary, .badParameter, .unknownLanguage: .badRequest
        case .unsupportedMediaType: .unsupportedMediaType
        case .tooLarge: .contentTooLarge
        case .overloaded: .serviceUnavailable
        case .timedOut: .gatewayTimeout
        case .extraction: .internalServerError
        }
    }

    public var code: String {
        switch self {
        case .invalidUTF8: "invalid_utf8"
        case .invalidJSON: "invalid_json"
        case .binary: "binary_body"
        case .badParameter: "bad_parameter"
        case .unknownLanguage: "unknown_language"
        case .unsupportedMediaType: "unsupported_media_type"
        case .tooLarge: "body_too_large"
        case .overloaded: "overloaded"
        case .timedOut: "timeout"
        case .extraction: "extraction_failed"
        }
    }

    public var detail: String {
        switch self {
        case .invalidUTF8(let detail), .invalidJSON(let detail), .binary(let detail), .badParameter(let detail),
             .unknownLanguage(let detail), .unsupportedMediaType(let detail), .extraction(let detail):
            detail
        case .tooLarge(let limit): "the body is over the limit of \(limit) bytes (--max-bytes)"
        case .overloaded(let limit): "\(limit) requests are already in flight (--max-in-flight); retry later"
        case .timedOut(let limit): "extraction took longer than \(limit.components.seconds) s (--timeout)"
        }
    }

    /// The error as one JSON object (no newline): a batch writes it in place of a record.
    public func json(line: Int? = nil) -> String {
        var out = "{\"error\":"
        JSON.append(string: code, to: &out)
        out += ",\"detail\":"
        JSON.append(string: detail, to: &out)
        if let line { out += ",\"line\":\(line)" }
        return out + "}"
    }

    /// How a reader's complaint about one input becomes an answer.
    init(_ error: InputError) {
        switch error.reason {
        case let reason where reason.hasPrefix("not valid UTF-8"): self = .invalidUTF8("the body is not valid UTF-8")
        case let reason where reason.hasPrefix("binary file"): self = .binary("the body is binary (it contains NUL bytes)")
        default: self = .invalidJSON(error.description)
        }
    }
}

extension ServiceError: HTTPResponseError {
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers: HTTPFields = [.contentType: "application/json"]
        if case .overloaded = self { headers[.retryAfter] = "1" }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: json() + "\n")))
    }
}
