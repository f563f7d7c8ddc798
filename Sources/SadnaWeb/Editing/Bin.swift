import Foundation
import SadnaKit

/// Where the workbench puts what a person removes: `.sadna/bin/` in the workshop's folder, one
/// file per removal, named and headed with the time, so that nothing saved is ever gone for good
/// (a facilitator, or whoever keeps the files, copies it back).
enum Bin {
    static let folder = ".sadna/bin"

    /// Keeps `value` (an entry taken out of `file`) as a YAML file of its own; returns its path.
    @discardableResult
    static func keep(
        _ value: YAMLValue, removedFrom file: String, named name: String, in workshop: URL,
        at time: Date = Date()
    ) throws -> String {
        let stamp = timestamp(time)
        var editor = try YAMLDocumentEditor(
            text: "# Removed from \(file) in the workbench (sadna serve) at \(stamp) UTC.\n"
                + "# To restore it, copy the entry below back into \(file).\n- _\n")
        try editor.set([.index(0)], to: value)
        let base = WorkshopFiles.slug(name).prefix(40)
        var path =
            "\(folder)/\(stamp.replacingOccurrences(of: ":", with: "-").replacingOccurrences(of: " ", with: "-"))"
            + "-\((file as NSString).deletingPathExtension)" + (base.isEmpty ? "" : "-\(base)")
        var number = 2
        while FileManager.default.fileExists(atPath: workshop.appendingPathComponent(path + ".yaml").path) {
            path += "-\(number)"
            number += 1
        }
        try FileManager.default.createDirectory(at: workshop.appendingPathComponent(folder), withIntermediateDirectories: true)
        try WorkshopFiles.write(editor.text, to: path + ".yaml", in: workshop)
        return path + ".yaml"
    }

    /// "2026-12-06 17:20:05", in UTC.
    static func timestamp(_ time: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: time)
    }
}
