import HaberExtraction

extension EntityType {
    /// The colour a type is shown in, the same in the HTML pages, their charts and brat's
    /// `visual.conf`, so a reader who learned it once reads every view (Tableau 10 hues, told
    /// apart by most colour-blind readers too).
    public var colour: String {
        switch self {
        case .organization: "#4e79a7"
        case .city: "#59a14f"
        case .country: "#76b7b2"
        case .person: "#b07aa1"
        case .percent: "#f28e2b"
        case .date: "#9c755f"
        case .money: "#edc948"
        }
    }

    /// Every type, in FORMAT.md's order.
    public static var ordered: [EntityType] { allCases.sorted() }
}
