import SadnaKit

/// Every template a kit may print from, loaded once for a whole programme.
public struct KitTemplates {
    public var agenda: AgendaTemplate
    public var taskCards: TaskCardTemplate
    public var persona: PersonaTemplate
    public var journey: JourneyTemplate
    public var servicePage: ServicePageTemplate
    /// Sadna's worksheets (`Templates/worksheets/`); a workshop's own of the same id replace them.
    public var worksheets: [WorksheetTemplate]
    public var kit: [String: Labels]

    public init(agenda: AgendaTemplate, taskCards: TaskCardTemplate, persona: PersonaTemplate, journey: JourneyTemplate,
                servicePage: ServicePageTemplate, worksheets: [WorksheetTemplate], kit: [String: Labels]) {
        self.agenda = agenda
        self.taskCards = taskCards
        self.persona = persona
        self.journey = journey
        self.servicePage = servicePage
        self.worksheets = worksheets
        self.kit = kit
    }
}
