import Dispatch
import Foundation
import SadnaKit

/// Ctrl-C, SIGTERM or a closed terminal stops a run cleanly: the temporary files it was writing
/// are removed (the outputs themselves are wholly old or wholly new) and it exits with the
/// shell's code for that signal (130 for Ctrl-C, 143 for SIGTERM).
enum Interruption {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []
    /// The language the run speaks, once the command line is read (the handlers run outside it).
    nonisolated(unsafe) static var language: Language = .en

    /// Gives the signals back (to the workbench's server, which stops gracefully on them).
    static func uninstall() {
        for source in sources { source.cancel() }
        sources.removeAll()
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] { signal(signalNumber, SIG_DFL) }
    }

    static func install() {
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                TemporaryFiles.removeAll()
                let id: MessageID = signalNumber == SIGINT ? .phraseRunInterrupted : .phraseRunStopped
                let words = MessageCatalogue.shared.render(id, .message, [:], in: language, style: .terminal) ?? id.rawValue
                FileHandle.standardError.write(Data("\n\(words)\n".utf8))
                _exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }
}
