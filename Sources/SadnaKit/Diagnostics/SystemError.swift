import Foundation

/// The operating system's errors in words a facilitator understands, with what to do where that
/// is clear: "the disk is full", never "NSCocoaErrorDomain error 512" or "errno 28". Every
/// message of Sadna's that passes on a system error (reading, writing, copying, listing a
/// folder) takes its words from here.
public enum SystemError {
    /// Words for an `errno` value.
    public static func words(errno code: Int32) -> String {
        switch code {
        case ENOSPC: "the disk is full; free some space, or write to another disk"
        case EDQUOT: "your share of the disk is full (a disk quota); free some space, or write to another disk"
        case EACCES, EPERM: "permission denied; check who may read and write the file and its folder"
        case ENOENT: "the file does not exist"
        case EROFS: "the folder is read-only (the disk is mounted read-only); write to another folder"
        case EFBIG: "the file is larger than this system lets a file be (a file-size limit, `ulimit -f`)"
        case EISDIR: "it is a folder, not a file"
        case ENOTDIR: "a part of the path is a file, not a folder"
        case EEXIST: "it already exists"
        case ENOTEMPTY: "the folder is not empty"
        case EMFILE, ENFILE: "too many files are open at once; close some programs and try again"
        case EIO: "the disk could not be read or written (an input/output error); check the disk"
        case ENAMETOOLONG: "the name is too long"
        case ELOOP: "the path goes round in a circle of symbolic links"
        case EXDEV: "it lies on another disk"
        case EBUSY, ETXTBSY: "it is in use by another program"
        case ENOMEM: "the computer ran out of memory"
        case EADDRINUSE: "another program already listens there (another `sadna serve`?); choose another port"
        case EADDRNOTAVAIL: "this computer has no such address"
        default: String(cString: strerror(code)).lowercased()
        }
    }

    /// The words for an `errno` value in the reader's language (`{reason}` of a message): the
    /// catalogue's `phrase.system.…` entries, or the C library's English for a rare one.
    public static func reason(errno code: Int32) -> MessageArgument {
        let id: MessageID? =
            switch code {
            case ENOSPC: .phraseSystemFull
            case EDQUOT: .phraseSystemQuota
            case EACCES, EPERM: .phraseSystemPermission
            case ENOENT: .phraseSystemMissing
            case EROFS: .phraseSystemReadOnly
            case EFBIG: .phraseSystemTooBig
            case EISDIR: .phraseSystemIsFolder
            case ENOTDIR: .phraseSystemNotFolder
            case EEXIST: .phraseSystemExists
            case ENOTEMPTY: .phraseSystemNotEmpty
            case EMFILE, ENFILE: .phraseSystemTooManyOpen
            case EIO: .phraseSystemIo
            case ENAMETOOLONG: .phraseSystemLongName
            case ELOOP: .phraseSystemLoop
            case EXDEV: .phraseSystemOtherDisk
            case EBUSY, ETXTBSY: .phraseSystemBusy
            case ENOMEM: .phraseSystemMemory
            case EADDRINUSE: .phraseSystemAddressInUse
            case EADDRNOTAVAIL: .phraseSystemNoAddress
            default: nil
            }
        guard let id else { return .text(words(errno: code)) }
        return .phrase(id, id == .phraseSystemAddressInUse ? ["serve": .code("sadna serve")] : [:])
    }

    /// The words for an error a file operation threw, in the reader's language where the system
    /// names it (as ``words(_:)`` finds it), else as the error says itself.
    public static func reason(_ error: any Error) -> MessageArgument {
        code(of: error).map { reason(errno: $0) } ?? .text(words(error))
    }

    /// Words for an error a file operation threw: a POSIX error (found also beneath Foundation's
    /// own, which wraps it), a Foundation file error, or Sadna's own errors as they describe
    /// themselves.
    public static func words(_ error: any Error) -> String {
        if let code = posixCode(of: error) { return words(errno: code) }
        let nsError = error as NSError
        if nsError.domain == NSCocoaErrorDomain {
            switch CocoaError.Code(rawValue: nsError.code) {
            case .fileNoSuchFile, .fileReadNoSuchFile: return words(errno: ENOENT)
            case .fileWriteNoPermission, .fileReadNoPermission: return words(errno: EACCES)
            case .fileWriteOutOfSpace: return words(errno: ENOSPC)
            case .fileWriteVolumeReadOnly: return words(errno: EROFS)
            case .fileWriteFileExists: return words(errno: EEXIST)
            case .fileReadTooLarge: return "the file is too large to read"
            case .fileReadCorruptFile: return "the file is damaged or not in the form expected"
            case .fileReadInapplicableStringEncoding, .fileWriteInapplicableStringEncoding:
                return "the text is not in a known encoding"
            case .fileWriteInvalidFileName: return "the name is not one a file may have"
            case .fileReadUnknown, .fileLocking: return "the file could not be read"
            case .fileWriteUnknown: return "the file could not be written"
            default: break
            }
        }
        if nsError.domain != NSCocoaErrorDomain, nsError.domain != NSPOSIXErrorDomain {
            return "\(error)"
        }
        return nsError.localizedDescription
    }

    /// The `errno` behind `error`, when it has one.
    /// The system's error number behind `error`, also where Foundation names it in its own terms.
    public static func code(of error: any Error) -> Int32? {
        if let code = posixCode(of: error) { return code }
        let nsError = error as NSError
        guard nsError.domain == NSCocoaErrorDomain else { return nil }
        switch CocoaError.Code(rawValue: nsError.code) {
        case .fileNoSuchFile, .fileReadNoSuchFile: return ENOENT
        case .fileWriteNoPermission, .fileReadNoPermission: return EACCES
        case .fileWriteOutOfSpace: return ENOSPC
        case .fileWriteVolumeReadOnly: return EROFS
        case .fileWriteFileExists: return EEXIST
        default: return nil
        }
    }

    private static func posixCode(of error: any Error) -> Int32? {
        if let posix = error as? POSIXError { return posix.code.rawValue }
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain { return Int32(nsError.code) }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return Int32(underlying.code)
        }
        return nil
    }
}
