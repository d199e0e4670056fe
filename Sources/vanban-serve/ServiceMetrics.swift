import Prometheus

/// What `/metrics` shows, in Prometheus' text format: requests by route and status, their
/// latency, the queue's depth and the refusals by reason.
final class ServiceMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()
    private let queueDepth: Gauge
    /// Latency buckets around a render's 20–100 ms, up to the default deadline.
    private static let buckets: [Duration] = [.milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50),
                                              .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1),
                                              .seconds(2.5), .seconds(5), .seconds(10)]

    private static let queueDepthName = MetricNameDescriptor(namespace: "vanban", metricName: "queue", unitName: "depth",
                                                             helpText: "Jobs waiting for a worker.")
    private static let requestsName = MetricNameDescriptor(namespace: "vanban", subsystem: "http", metricName: "requests",
                                                           unitName: "total", helpText: "HTTP requests answered.")
    private static let durationName = MetricNameDescriptor(namespace: "vanban", subsystem: "http", metricName: "request_duration",
                                                           unitName: "seconds", helpText: "Time from a request's arrival to its answer.")
    private static let rejectionsName = MetricNameDescriptor(namespace: "vanban", metricName: "rejections", unitName: "total",
                                                             helpText: "Requests refused before or instead of their work.")

    init() {
        queueDepth = registry.makeGauge(descriptor: Self.queueDepthName)
    }

    func request(route: String, method: String, status: Int, duration: Duration) {
        registry.makeCounter(descriptor: Self.requestsName, labels: [("route", route), ("method", method), ("status", String(status))])
            .increment()
        registry.makeDurationHistogram(descriptor: Self.durationName, labels: [("route", route)], buckets: Self.buckets).record(duration)
    }

    /// reason: "busy" (queue full), "deadline", "too-large", "unauthorised".
    func rejection(_ reason: String) {
        registry.makeCounter(descriptor: Self.rejectionsName, labels: [("reason", reason)]).increment()
    }

    func queueDepthChanged(_ depth: Int) { queueDepth.set(Double(depth)) }

    func text() -> String { registry.emitToString() }
}
