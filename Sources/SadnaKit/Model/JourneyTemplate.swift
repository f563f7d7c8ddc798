/// The lanes a journey map can show and the words it prints (`Templates/journey.yaml`).
public struct JourneyTemplate: Sendable {
    public struct Lane: Sendable {
        public var id: String
        /// What stages say that this lane shows; empty for the emotion lane.
        public var shows: [JourneyField]
        /// The lane drawn as a curve through the stages' scores.
        public var isEmotion: Bool
        /// A lane of pains, set apart on the map.
        public var isPain: Bool
        public var label: Words

        public init(id: String, shows: [JourneyField], isEmotion: Bool, isPain: Bool, label: Words) {
            self.id = id
            self.shows = shows
            self.isEmotion = isEmotion
            self.isPain = isPain
            self.label = label
        }

        public func label(_ language: Language) -> String {
            let words: Words = label
            return words(language)
        }
    }

    public var stageAxis: Words
    public var lanes: [Lane]
    public var sets: [String: [String]]
    public var defaultSet: String
    public var labels: LabelSet<JourneyLabel>

    public init(
        stageAxis: Words, lanes: [Lane], sets: [String: [String]], defaultSet: String,
        labels: LabelSet<JourneyLabel>
    ) {
        self.stageAxis = stageAxis
        self.lanes = lanes
        self.sets = sets
        self.defaultSet = defaultSet
        self.labels = labels
    }

    /// The lanes `names` pick: lane ids, or a set's name; the default set when empty. Names that
    /// are neither come back in `unknown`.
    public func lanes(_ names: [String]) -> (lanes: [Lane], unknown: [String]) {
        let wanted =
            names.isEmpty
            ? (sets[defaultSet] ?? lanes.map(\.id))
            : names.count == 1 && sets[names[0]] != nil ? sets[names[0]]! : names
        var picked: [Lane] = [], unknown: [String] = []
        for name in wanted {
            if let lane = lanes.first(where: { $0.id == name }) { picked.append(lane) } else { unknown.append(name) }
        }
        return (picked, unknown)
    }

    /// Every name a journey's `lanes:` may use.
    public var laneNames: [String] { lanes.map(\.id) + sets.keys.sorted() }
}
