import SadnaKit

/// Why a file Sadna edits as text (a template it fills in, a file `new workshop --from` carries
/// over) could not be edited, in the reader's words: the editor's own detail is for developers.
enum YAMLEditProblem {
    static func words(_ error: any Error) -> MessageArgument {
        switch error as? YAMLEditError {
        case .invalidYAML?: .phrase(.phraseYamlEditInvalid)
        case .unsupported?: .phrase(.phraseYamlEditUnsupported)
        default: .phrase(.phraseYamlEditOther)
        }
    }
}
