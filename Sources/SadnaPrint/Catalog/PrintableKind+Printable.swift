import SadnaKit

extension PrintableKind {
    /// The printable that lays this kind out. A switch, not a list: a new kind without its
    /// printable does not compile.
    public var printable: any Printable.Type {
        switch self {
        case .agenda: AgendaPrintable.self
        case .handout: HandoutPrintable.self
        case .agendaBlank: BlankAgendaPrintable.self
        case .taskCards: TaskCardsPrintable.self
        case .cards: DeckCardsPrintable.self
        case .calibration: CalibrationPrintable.self
        case .personaCards: PersonaCardsPrintable.self
        case .personaPage: PersonaPagePrintable.self
        case .personaForm: PersonaFormPrintable.self
        case .journey: JourneyMapPrintable.self
        case .journeyCanvas: JourneyCanvasPrintable.self
        case .servicePage: ServicePagePrintable.self
        case .serviceReview: ServiceReviewPrintable.self
        case .serviceSketch: ServiceSketchPrintable.self
        case .prioritisation: PrioritisationPrintable.self
        case .worksheet: WorksheetPrintable.self
        case .nameStickers: NameStickersPrintable.self
        case .signIn: SignInPrintable.self
        case .tableTents: TableTentsPrintable.self
        case .homework: HomeworkPrintable.self
        case .programme: ProgrammePrintable.self
        case .kitCover: KitCoverPrintable.self
        case .certificate: CertificatePrintable.self
        case .minutes: MinutesPrintable.self
        case .minutesBlank: BlankMinutesPrintable.self
        case .actions: ActionsPrintable.self
        }
    }
}
