import Foundation
import SadnaKit

/// A scan as its folder keeps it (`scans/MEETING/FORM/scan.yaml`, written by ``ScanStore``):
/// which photo it came from, what form it is, its fields in the form's order and which hold ink.
/// Read back to list a meeting's scans and to type a scan up.
public struct ScanRecord: Sendable, Hashable {
    /// The form's folder in the workshop, e.g. `scans/3/persona-form-1`.
    public var folder: String
    /// The photo's file name, as it was sent.
    public var photo: String
    public var kind: PrintableKind
    public var page: Int
    /// Every field the form has, in the order the form lays them out.
    public var fields: [String]
    public var inked: Set<String>

    /// The meeting part of the folder (`3` of `scans/3/persona-form-1`).
    public var meeting: String { folder.split(separator: "/").dropFirst().first.map(String.init) ?? "" }
    /// The form part of the folder (`persona-form-1`).
    public var name: String { (folder as NSString).lastPathComponent }
    /// The whole straightened page.
    public var pagePath: String { "\(folder)/page.png" }

    /// A field's crop, as a path in the workshop.
    public func crop(_ field: String) -> String { "\(folder)/\(field).png" }

    /// The scan in `folder` (a path in `workshop`), or nil when the folder holds none.
    public static func read(_ folder: String, in workshop: URL) -> ScanRecord? {
        let directory = workshop.appendingPathComponent(folder)
        guard let text = try? String(contentsOf: directory.appendingPathComponent("scan.yaml"), encoding: .utf8) else {
            return nil
        }
        var values: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            values[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        guard let kind = values["form"].flatMap(PrintableKind.init(rawValue:)) else { return nil }
        var fields = list(values["fields"])
        if fields.isEmpty {
            // A scan recorded before its fields were: its crops, by name.
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            fields = files.filter { $0.hasSuffix(".png") && $0 != "page.png" }.map { String($0.dropLast(4)) }
                .sorted { $0.localizedStandardCompare($1) == .orderedAscending }
        }
        return ScanRecord(
            folder: folder, photo: unquoted(values["photo"] ?? ""), kind: kind, page: values["page"].flatMap { Int($0) } ?? 1,
            fields: fields, inked: Set(list(values["inked"])))
    }

    /// The scans of `meeting`, in the order they were made (their folders' names, numbered).
    public static func all(of meeting: String, in workshop: URL) -> [ScanRecord] {
        let parent = "scans/\(meeting)"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: workshop.appendingPathComponent(parent).path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted { $0.localizedStandardCompare($1) == .orderedAscending }
            .compactMap { read("\(parent)/\($0)", in: workshop) }
    }

    /// `[a, b]` as its items.
    static func list(_ text: String?) -> [String] {
        guard let text, text.hasPrefix("["), text.hasSuffix("]") else { return [] }
        return text.dropFirst().dropLast().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// A double-quoted value (``ScanStore`` writes JSON's string form) as its text.
    static func unquoted(_ text: String) -> String {
        guard text.hasPrefix("\""), let data = text.data(using: .utf8),
            let value = try? JSONDecoder().decode(String.self, from: data)
        else { return text }
        return value
    }
}
