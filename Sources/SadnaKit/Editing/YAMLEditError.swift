/// Why an edit was refused. The editor is left unchanged whenever one of these is thrown.
public enum YAMLEditError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text is not valid YAML (or holds more than one document).
    case invalidYAML(String)
    /// No value at this path.
    case pathNotFound(String)
    /// The path exists but holds the wrong kind of node for this operation.
    case wrongKind(String)
    /// The key is already in the mapping.
    case keyExists(String)
    /// A sequence index outside the sequence.
    case indexOutOfRange(String)
    /// Valid YAML that this editor does not edit (anchors, complex keys, ...).
    case unsupported(String)
    /// The edited text did not parse back to the intended value tree, so it was not returned.
    case verificationFailed(String)

    public var description: String {
        switch self {
        case let .invalidYAML(s): return "invalid YAML: \(s)"
        case let .pathNotFound(s): return "no value at \(s)"
        case let .wrongKind(s): return "wrong kind of node: \(s)"
        case let .keyExists(s): return "key already exists: \(s)"
        case let .indexOutOfRange(s): return "index out of range: \(s)"
        case let .unsupported(s): return "unsupported: \(s)"
        case let .verificationFailed(s): return "edit did not round-trip: \(s)"
        }
    }
}
