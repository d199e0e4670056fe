/// Timings of repeated runs, in milliseconds, summarised as the benchmark reports them.
struct Samples: Codable {
    private(set) var values: [Double] = []

    mutating func add(_ milliseconds: Double) { values.append(milliseconds) }

    mutating func add(_ other: Samples) { values += other.values }

    var median: Double { percentile(0.5) }
    var p95: Double { percentile(0.95) }

    /// The nearest-rank percentile: the smallest sample with at least `fraction` of all at or below it.
    func percentile(_ fraction: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        let rank = Int((fraction * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }
}
