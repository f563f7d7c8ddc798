/// A card of a deck. The field exercise's (meeting 3, appendix 2 of the first programme's source)
/// tell a resident's situation and the service to get, so that staff consume a council service as
/// a resident would; a programme's own decks (``Deck``) fill the same places on the card — a
/// headline, a body, a field set apart in a box, a foot — with fields of their own (``fields``).
public struct TaskCard: Sendable {
    /// The file's name without `.yaml`.
    public var id: String
    public var location: SourceLocation
    /// A short call-out above the story ("מזל טוב!"), when the card has one.
    public var headline: Located<String>?
    /// The resident's situation, told to "you".
    public var story: Located<String>
    /// What to get done ("המשימה:"): the field set apart in a box; nil when the deck has none.
    public var mission: Located<String>?
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
    /// The deck it belongs to (``Deck/id``).
    public var deck: String = Deck.fieldExercise
    /// Every field the card's file gives, by its key: the deck's own fields, which the places
    /// above are taken from.
    public var fields: [String: Located<String>] = [:]
    /// The keys of ``fields`` its foot shows, in order (the department and the expert on the
    /// field exercise's cards).
    public var footKeys: [String] = ["department", "owner"]
    /// Its own text for its back, when its deck prints each card's own back.
    public var back: Located<String>?
    /// Who wrote it (a participant's name), for homework that makes cards.
    public var author: Located<String>?

    /// Where the card goes in the deck: its `order`, else its file's number ("3-…"), else last.
    public var deckPosition: Int {
        order?.value ?? id.split(separator: "-").first.flatMap { Int($0) } ?? Int.max
    }

    /// The card's field `key`: the deck's own, or one of the field exercise's by its name.
    public func value(of key: String) -> Located<String>? {
        if let value = fields[key] { return value }
        switch key {
        case "headline": return headline
        case "story": return story
        case "mission": return mission
        case "department": return department
        case "owner": return owner
        case "service": return service
        case "journey": return journey
        default: return nil
        }
    }

    public init(
        id: String, location: SourceLocation, headline: Located<String>? = nil, story: Located<String>,
        mission: Located<String>?, service: Located<String>? = nil, department: Located<String>? = nil,
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
