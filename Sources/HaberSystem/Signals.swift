import Foundation

/// The signals the command line changes the handling of.
public enum Signal: Sendable, CaseIterable {
    /// The reader of standard output went away: reported as an error of the write instead.
    case brokenPipe
    /// A file size limit was hit: reported as an error of the write (EFBIG) instead.
    case fileSizeLimit
    case interrupt
    case terminate

    public var number: Int32 {
        switch self {
        case .brokenPipe: SIGPIPE
        case .fileSizeLimit: SIGXFSZ
        case .interrupt: SIGINT
        case .terminate: SIGTERM
        }
    }

    /// Stops the default action (ending the process) of this signal; a dispatch source can
    /// still see it.
    public func ignore() {
        signal(number, SIG_IGN)
    }
}

/// The running process.
public enum SystemProcess {
    /// Ends the process at once with `status`, for a program without an argument parser
    /// to return its exit status through.
    public static func exit(status: Int32) -> Never {
        Foundation.exit(status)
    }
}
