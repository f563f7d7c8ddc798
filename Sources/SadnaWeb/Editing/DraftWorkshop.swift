import Foundation
import SadnaKit
import SadnaPrint

/// The workshop as it would be with one file's text changed and not yet saved: read through the
/// same loader as `sadna check`, so that an editor's live findings and counts are what the
/// check and the kit will say after the save.
struct DraftWorkshop {
    var workshop: Workshop?
    /// What loading said (the checks are the caller's to run on the parts it shows).
    var diagnostics: [Diagnostic]
    /// How the changed file is named in the diagnostics.
    var file: String

    init(folder: URL, path: String, text: String) {
        let source = ChangedFileSource(base: FolderSource(folder), path: path, data: Data(text.utf8))
        let loaded = WorkshopLoader.load(source)
        workshop = loaded.workshop
        diagnostics = loaded.diagnostics
        file = source.displayPath(path)
    }
}

/// A folder with one file's bytes replaced.
struct ChangedFileSource: FileSource {
    let base: FolderSource
    let path: String
    let data: Data

    var name: String { base.name }
    func displayPath(_ path: String) -> String { base.displayPath(path) }

    func read(_ path: String, limit: Int) throws(FileSourceError) -> Data {
        guard FilePath.normalise(path) == self.path else { return try base.read(path, limit: limit) }
        guard data.count <= limit else { throw .tooLarge(bytes: data.count, limit: limit) }
        return data
    }

    func list(_ folder: String) throws(FileSourceError) -> [String]? { try base.list(folder) }
    func kind(of path: String) -> FileKind? { FilePath.normalise(path) == self.path ? .file : base.kind(of: path) }
}

extension Workbench {
    /// Lays something of `workshop` (a draft, not the files) out with a typesetter of the pool.
    func withContext<T>(
        _ workshop: Workshop, templates: TemplateSet, language: Language, _ body: (LayoutContext) throws -> T
    ) rethrows -> T {
        try typesetters.borrow { typesetter in
            _ = typesetter.takeDiagnostics()
            let context = LayoutContext(
                workshop: workshop, templates: templates, language: language, typesetter: typesetter,
                today: settings.today, stamp: settings.stamp)
            return try body(context)
        }
    }
}
