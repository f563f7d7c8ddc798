import Foundation
import SadnaKit

/// What a command writes, and how to tell an existing file of that kind.
enum OutputKind {
    case pdf, png, markdown, html, calendar, text

    /// What one is called in a message ("a PDF", "קובץ PDF").
    var name: MessageArgument {
        switch self {
        case .pdf: .phrase(.phraseOutputPdf)
        case .png: .phrase(.phraseOutputPng)
        case .markdown: .phrase(.phraseOutputMarkdown)
        case .html: .phrase(.phraseOutputHtml)
        case .calendar: .phrase(.phraseOutputCalendar)
        case .text: .phrase(.phraseOutputText)
        }
    }

    /// Whether the file already at a path is one of these, which Sadna may replace.
    func matches(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 16)) ?? Data()
        let ext = url.pathExtension.lowercased()
        switch self {
        case .pdf: return head.starts(with: Array("%PDF-".utf8))
        case .png: return head.starts(with: [0x89, 0x50, 0x4E, 0x47])
        case .calendar: return head.starts(with: Array("BEGIN:VCALENDAR".utf8))
        case .markdown: return ["md", "markdown"].contains(ext)
        case .html: return ["html", "htm"].contains(ext)
        case .text: return ext == "txt"
        }
    }
}

/// Inputs are sacred: no output is written over a file of the workshop's own data (its YAML,
/// spreadsheets and photos) or over an existing file that is not of the kind being written.
enum OutputGuard {
    static let dataExtensions: Set<String> = ["yaml", "yml", "csv", "tsv", "png", "jpg", "jpeg"]

    /// Throws, naming the file and what to do, when `url` must not be written.
    static func check(_ url: URL, kind: OutputKind, workshop: URL?) throws {
        let path = DisplayPath.of(url)
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
        if exists && isFolder.boolValue {
            let example = "\(path)/out.\(url.pathExtension.isEmpty ? "pdf" : url.pathExtension)"
            throw InputFailure(.outputIsFolder, ["path": .path(path), "example": .code(example)])
        }
        let protectedFolders = [workshop, Resources.templates].compactMap { $0?.standardizedFileURL.path }
        let target = url.standardizedFileURL.path
        if kind != .png || exists,
            dataExtensions.contains(url.pathExtension.lowercased()),
            protectedFolders.contains(where: { target.hasPrefix($0 + "/") })
        {
            throw InputFailure(.outputWorkshopFile, ["path": .path(path), "kind": kind.name])
        }
        if exists && !kind.matches(url) {
            throw InputFailure(.outputOtherKind, ["path": .path(path), "kind": kind.name])
        }
    }
}
