import ArgumentParser
import Foundation
import SadnaKit

/// A command line Sadna cannot run as written (exit status 2), in the reader's language: a name
/// that matches nothing, or what ArgumentParser itself refuses (``init(parsing:)``).
struct UsageFailure: Error {
    var diagnostic: Diagnostic

    init(_ id: MessageID, _ arguments: MessageArguments) {
        diagnostic = .error(id, arguments, at: nil)
    }

    /// A refusal made elsewhere (a print request's problem).
    init(_ diagnostic: Diagnostic) {
        self.diagnostic = diagnostic
    }

    /// A print request's problem with the value of `option` ("--paper: agenda cannot be printed
    /// on A6"), said in the run's language.
    init(option: String, _ problem: PrintRequest.Problem) {
        let hint = MessageCatalogue.shared.render(problem.id, .hint, problem.arguments, in: Console.language, style: .terminal)
        self.init(
            .usagePrintOption,
            ["option": .value(option), "problem": .phrase(problem.id, problem.arguments), "hint": .text(hint ?? "")])
    }

    /// ArgumentParser's own refusal — an unknown option, an option without its value, a missing
    /// argument, a value it cannot read, one too many — in Sadna's words. ArgumentParser says
    /// which in English only (`message`, its values between single quotes) and names the case in
    /// its error, which is read here; `help` is the `--help` line its full message points to.
    init(parsing error: any Error, message: String, fullMessage: String) {
        let quoted = Self.quoted(in: message)
        let help = Self.helpLine(in: fullMessage) ?? "sadna --help"
        var arguments: MessageArguments = ["help": .code(help)]
        let id: MessageID
        switch (Self.caseName(of: error), quoted.count) {
        case ("unknownOption", 1...):
            id = .usageUnknownOption
            arguments["option"] = .code(quoted[0])
            arguments["guess"] =
                quoted.count > 1 ? .phrase(.phraseDidYouMean, ["guess": .code(quoted[1])]) : .text("")
        case ("invalidOption", _), ("nonAlphanumericShortOption", _):
            // "Invalid option: ---x": what follows the colon.
            id = .usageUnknownOption
            let option = message.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) }
            arguments["option"] = .code(option ?? message)
            arguments["guess"] = .text("")
        case ("unexpectedValueForOption", 2...):
            id = .usageFlagValue
            arguments["option"] = .code(quoted[0])
            arguments["value"] = .quoted(quoted[1])
        case ("missingValueForOption", 1...):
            id = .usageMissingValue
            arguments["option"] = .code(quoted[0])
        case ("noValue", 1...):
            id = .usageMissingArgument
            arguments["argument"] = .list(quoted.map(MessageArgument.code))
        case ("unableToParseValue", 2...):
            let choices = quoted.dropFirst(2) + Self.listed(in: message)
            id = choices.isEmpty ? .usageBadValue : .usageBadValueChoices
            arguments["value"] = .quoted(quoted[0])
            arguments["option"] = .code(quoted[1])
            arguments["choices"] = .list(choices.map(MessageArgument.code))
        case ("unexpectedExtraValues", 1...):
            id = .usageExtra
            arguments["value"] = .list(quoted.map(MessageArgument.quoted))
        default:
            // Sadna's own checks of its options, and refusals too rare to have words of their
            // own, keep their English detail.
            id = .usageOther
            arguments["detail"] = .text(message)
        }
        self.init(id, arguments)
    }

    /// `option` prints an empty page, so nothing of `what` may be named (nor `also` given).
    static func alone(_ option: String, _ what: PrintableKind.Items, also: String? = nil) -> UsageFailure {
        var arguments: MessageArguments = ["option": .code(option), "what": .phrase(what.word)]
        if let also { arguments["also"] = .code(also) }
        return UsageFailure(also == nil ? .usageAlone : .usageAloneAlso, arguments)
    }

    /// The failure of Sadna's own that ArgumentParser wraps when a `validate()` threw it.
    static func inside(_ error: any Error) -> UsageFailure? {
        var values: [Any] = [error]
        for _ in 0..<4 {
            if let found = values.lazy.compactMap({ $0 as? UsageFailure }).first { return found }
            values = values.flatMap { Mirror(reflecting: $0).children.map(\.value) }
        }
        return nil
    }

    /// The words between single quotes, in order.
    private static func quoted(in text: String) -> [String] {
        text.split(separator: "'", omittingEmptySubsequences: false).enumerated()
            .compactMap { $0.offset % 2 == 1 ? String($0.element) : nil }
    }

    /// The command ArgumentParser's full message sends the reader to ("See 'sadna kit --help' for
    /// more information"); its usage lines may hold apostrophes of their own.
    private static func helpLine(in text: String) -> String? {
        guard let start = text.range(of: "See '") else { return nil }
        let rest = text[start.upperBound...]
        return rest.firstIndex(of: "'").map { String(rest[..<$0]) }
    }

    /// The values of a long list ArgumentParser gives one a line ("  - A6").
    private static func listed(in text: String) -> [String] {
        text.split(separator: "\n").compactMap { line in
            line.hasPrefix("  - ") ? String(line.dropFirst(4)) : nil
        }
    }

    /// The case of ArgumentParser's `ParserError` inside `error` ("unknownOption"), which it
    /// does not make public.
    private static func caseName(of error: any Error) -> String? {
        guard let parserError = Mirror(reflecting: error).children.first(where: { $0.label == "parserError" })?.value
        else { return nil }
        return Mirror(reflecting: parserError).children.first?.label ?? "\(parserError)"
    }
}
