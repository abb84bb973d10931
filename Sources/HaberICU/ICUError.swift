@_implementationOnly import CICU

/// A failure reported by ICU, with the call that failed and ICU's own error name.
public struct ICUError: Error, CustomStringConvertible, Sendable {
    public let operation: String
    public let code: Int32

    public var description: String {
        let name = u_errorName(UErrorCode(rawValue: code)).map { String(cString: $0) } ?? "\(code)"
        return "ICU \(operation) failed: \(name)"
    }

    /// ICU reports warnings as negative codes; only positive ones are failures.
    static func check(_ status: UErrorCode, _ operation: String) throws(ICUError) {
        if status.rawValue > 0 { throw ICUError(operation: operation, code: status.rawValue) }
    }
}

/// Calls an ICU function that fills a UTF-16 buffer, growing the buffer once when ICU
/// says it was too small (ICU returns the length it needs).
func withGrowingBuffer(
    initialCapacity: Int,
    _ operation: String,
    _ fill: (UnsafeMutablePointer<UChar>, Int32, inout UErrorCode) -> Int32
) throws(ICUError) -> [UInt16] {
    var capacity = max(initialCapacity, 8)
    for _ in 0..<2 {
        var status = U_ZERO_ERROR
        var buffer = [UInt16](repeating: 0, count: capacity)
        let length = buffer.withUnsafeMutableBufferPointer { pointer -> Int32 in
            guard let base = pointer.baseAddress else { return 0 }
            return fill(base, Int32(capacity), &status)
        }
        if status == U_BUFFER_OVERFLOW_ERROR {
            capacity = Int(length) + 1
            continue
        }
        try ICUError.check(status, operation)
        buffer.removeSubrange(Int(length)...)
        return buffer
    }
    throw ICUError(operation: operation, code: U_BUFFER_OVERFLOW_ERROR.rawValue)
}

/// The version of the ICU library the process is linked against, e.g. "72.1".
public var icuVersion: String {
    var info = UVersionInfo(0, 0, 0, 0)
    u_getVersion(&info)
    return "\(info.0).\(info.1)"
}
