import ArgumentParser
import Foundation
import SadnaKit
import SadnaPrint

extension DiagnosticFormat: ExpressibleByArgument {}

// The typed values of SadnaKit, as the command line takes them: `--help` lists their values and a
// wrong one is a usage error (exit 2) that lists them too.
extension Language: ExpressibleByArgument {}
extension Backs: ExpressibleByArgument {}

extension CardSize: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension Paper: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
    public static var allValueStrings: [String] {
        Paper.Format.allCases.flatMap { [$0.rawValue, "\($0.rawValue) landscape"] }
    }
    public static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}

/// `--strict`, shared by check, render and kit.
struct StrictOption: ParsableArguments {
    @Flag(help: "Treat warnings as errors: exit 1 and write nothing when there are any.")
    var strict = false
}

/// `--workshop DIR`, which every command that reads a workshop takes.
struct WorkshopOption: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The workshop folder (default: the current folder, else the programme shipped with Sadna).",
            valueName: "dir"))
    var workshop: String?
}

/// A workshop named by `--workshop DIR` or, as the older form, by a first argument.
struct WorkshopArgument: ParsableArguments {
    @Argument(help: ArgumentHelp("The workshop folder (the same as --workshop).", valueName: "workshop"))
    var positional: String?

    @OptionGroup var option: WorkshopOption

    /// The workshop named; a usage error when it is named twice, differently. Asked when the
    /// command runs, not in `validate()`: ArgumentParser validates before it reports an unknown
    /// option, and `kit --workshop X --out Y` takes Y for the workshop — the unknown `--out` is
    /// what the person must hear about.
    var workshop: String? {
        get throws {
            if let positional, let named = option.workshop, positional != named {
                throw UsageFailure(
                    .workshopNamedTwice, ["first": .path(positional), "second": .path(named), "option": .code("--workshop")])
            }
            return option.workshop ?? positional
        }
    }
}

/// `--lang`, the language of the printed page's own words.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: "Language of the page's own words. Data stays in its own language.")
    var language: Language = .he
}

/// Picking the entities a command names (meetings, cards, personas), with "did you mean" when a
/// name matches none: the catalog's own resolution, said as a usage error.
enum Selection {
    /// The ids `names` name, in that order, or every id when `names` is empty.
    static func pick(_ names: [String], _ what: PrintableKind.Items, in session: Session, deck: String? = nil) throws -> [String]
    {
        let catalogue = PrintRequest.catalogue(what, in: session.workshop, templates: session.templates, deck: deck)
        let folder = MessageArgument.path(session.folderName)
        if catalogue.isEmpty {
            throw InputFailure(.selectNone, ["what": .phrase(what.word), "folder": folder, "start": .code(what.command)])
        }
        if names.isEmpty { return catalogue.map(\.id) }
        return try names.map { name in
            if let id = PrintRequest.find(name, in: catalogue) { return id }
            let ids = catalogue.map(\.id)
            throw UsageFailure(
                .selectUnknown,
                [
                    "what": .phrase(what.word), "name": .quoted(name), "folder": folder,
                    "guess": Suggestion.didYouMean(name, among: ids), "ids": .list(ids.map(MessageArgument.code)),
                ])
        }
    }
}

extension PrintableKind.Items {
    /// What one is called in a message ("מפגש").
    var word: MessageID {
        switch self {
        case .meetings: .phraseItemMeeting
        case .taskCards: .phraseItemTaskCard
        case .personas: .phraseItemPersona
        case .journeys: .phraseItemJourney
        case .servicePages: .phraseItemServicePage
        case .worksheets: .phraseItemWorksheet
        case .participants: .phraseItemParticipant
        }
    }

    /// The command that starts the first one, or where it goes.
    var command: String {
        switch self {
        case .meetings: "sadna new meeting 1"
        case .taskCards: "sadna new task-card ID"
        case .personas: "sadna new persona ID"
        case .journeys: "sadna new journey ID"
        case .servicePages: "sadna new service-page ID"
        case .worksheets: "worksheets/ID.yaml"
        case .participants: "sadna import participants FILE.csv"
        }
    }
}
