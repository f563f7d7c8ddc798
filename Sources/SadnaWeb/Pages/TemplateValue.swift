import Foundation
import Mustache

/// A page's typed values as its Mustache template reads them: a struct's properties by name
/// (swift-mustache's own reflection), lists as lists, switches as switches.
///
/// One rule is added: an empty text is no text. A Mustache section `{{#goal}}` shows for any
/// text, even an empty one, and a meeting without a goal should show no goal box; so an empty
/// text reads as absent, and the template looks further out for the name, as it does for a name
/// a value does not have.
struct TemplateValue: MustacheParent {
    /// A value that answers by name itself (a dictionary of words).
    private let parent: (any MustacheParent)?
    /// A struct's properties by name, reflected once: a template asks for many.
    private let properties: [String: Any]

    init(_ value: Any) {
        if let parent = value as? any MustacheParent {
            self.parent = parent
            properties = [:]
        } else {
            parent = nil
            let named = Mirror(reflecting: value).children.compactMap { child in child.label.map { ($0, child.value) } }
            properties = Dictionary(named, uniquingKeysWith: { first, _ in first })
        }
    }

    func child(named name: String) -> Any? {
        Self.read(parent?.child(named: name) ?? properties[name])
    }

    /// `value` as a template reads it.
    static func read(_ value: Any?) -> Any? {
        guard let value = unwrapped(value) else { return nil }
        switch value {
        case let text as String: return text.isEmpty ? nil : text
        case is Bool, is Int, is TemplateValue: return value
        case let list as [Any]: return list.compactMap(read)
        default: return TemplateValue(value)
        }
    }

    /// The value an optional holds, or nil (a property read through a mirror keeps its optional).
    private static func unwrapped(_ value: Any?) -> Any? {
        guard let value else { return nil }
        guard let optional = value as? any OptionalValue else { return value }
        return unwrapped(optional.wrapped)
    }
}

/// An optional seen as `Any`, to look inside.
private protocol OptionalValue {
    var wrapped: Any? { get }
}

extension Optional: OptionalValue {
    fileprivate var wrapped: Any? { self }
}
