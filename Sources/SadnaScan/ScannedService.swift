import Foundation
import SadnaKit

/// A photographed service-page sketch typed up into a service page: the page's file names the
/// handwriting of each part of the page under `scanned:`, and its form shows each crop beside the
/// inputs it is typed into. The sketch's fields are its questions in `service-page.yaml`'s
/// `sketch:` order; this is the one place that says which part of the page each one drafts.
public enum ScannedService {
    /// The sketch's fields, each to the part of the page it drafts.
    public static let parts: [String: ServicePage.Part] = [
        "question-1": .name, "question-2": .what, "question-3": .forWhom, "question-4": .how,
        "question-5": .documents, "question-6": .contact, "question-7": .help, "question-8": .questions,
    ]

    /// The sketch's field that holds the service's name.
    public static var nameField: String { parts.first { $0.value == .name }!.key }

    /// Each inked field of the sketch, as the part of the page it drafts, to its crop.
    static func crops(_ saved: ScanStore.Saved) -> [(field: String, path: String)] {
        saved.inked.compactMap { field, path in parts[field].map { (field: $0.rawValue, path: path) } }
    }

    /// A service page's file `text` with the sketch's crops under `scanned:`; every other key,
    /// comment and typed text stays as it is.
    public static func attach(_ saved: ScanStore.Saved, to text: String) throws -> String {
        try ScanFiles.setting("scanned", to: ScanFiles.mapping(crops(saved)), in: text)
    }

    /// The service page made from the sketch scanned into `folder`, when there is one: the
    /// page whose `scanned:` names the folder's crops.
    public static func page(from folder: String, in workshop: Workshop) -> ServicePage? {
        workshop.services.first { page in page.scanned.values.contains { $0.value.hasPrefix(folder + "/") } }
    }
}
