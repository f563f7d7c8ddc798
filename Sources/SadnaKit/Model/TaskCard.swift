/// A card for the field exercise: a resident's situation and the service to get, so that staff
/// consume a council service as a resident would (meeting 3, appendix 2 of the source).
public struct TaskCard: Sendable {
    /// The file's name without `.yaml`.
    public var id: String
    public var location: SourceLocation
    /// A short call-out above the story ("מזל טוב!"), when the card has one.
    public var headline: Located<String>?
    /// The resident's situation, told to "you".
    public var story: Located<String>
    /// What to get done ("המשימה:").
    public var mission: Located<String>
    /// The service page this card exercises (`services/ID.yaml`), if any.
    public var service: Located<String>?
    public var department: Located<String>?
    /// The staff member who owns the service and debriefs the pair (meeting 3 names them).
    public var owner: Located<String>?
    /// A journey map drawn from this exercise (`journeys/ID.yaml`), if any.
    public var journey: Located<String>?
    /// Written for the toolkit, not taken from the programme's own deck.
    public var isExample: Bool = false
    /// The card's place in the deck when it is not its file's number (`order: 3`): cards are
    /// reordered without renaming files that meetings' print plans name.
    public var order: Located<Int>?

    /// Where the card goes in the deck: its `order`, else its file's number ("3-…"), else last.
    public var deckPosition: Int {
        order?.value ?? id.split(separator: "-").first.flatMap { Int($0) } ?? Int.max
    }

    public init(
        id: String, location: SourceLocation, headline: Located<String>? = nil, story: Located<String>,
        mission: Located<String>, service: Located<String>? = nil, department: Located<String>? = nil,
        owner: Located<String>? = nil, journey: Located<String>? = nil
    ) {
        self.id = id
        self.location = location
        self.headline = headline
        self.story = story
        self.mission = mission
        self.service = service
        self.department = department
        self.owner = owner
        self.journey = journey
    }
}
