import Foundation

/// A failed system call, by its `errno`. Its description is the system's own wording
/// (`No such file or directory`), which Foundation's errors often hide behind a generic one.
public struct SystemError: Error, Sendable, Equatable, CustomStringConvertible {
    public var code: Int32

    public init(code: Int32) { self.code = code }

    /// The error of the system call that just failed on this thread.
    public static var last: SystemError { SystemError(code: errno) }

    public var description: String { String(cString: strerror(code)) }

    /// A read or write cut short by a signal, to be retried.
    var isInterruption: Bool { code == EINTR }

    /// The reader of a pipe went away (`haber … | head`).
    public var isBrokenPipe: Bool { code == EPIPE }

    /// The system's wording for a Foundation error whose cause is a system error, if it has one.
    public static func underlying(_ error: Error) -> SystemError? {
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain { return SystemError(code: Int32(nsError.code)) }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return SystemError(code: Int32(underlying.code))
        }
        return nil
    }
}
