import Foundation
import VanBan

/// Worker threads, each with its own composers (Pango is not thread-safe, so a composer never
/// leaves its thread), fed by a bounded queue of jobs.
///
/// A full queue refuses at once (the caller answers 503 with Retry-After) instead of letting
/// waits grow without bound. Each job has a deadline: the caller is answered when it passes,
/// whether the job is still queued (a worker then skips it) or running (its result is dropped;
/// the input limits bound how long any one document takes).
final class ComposerPool: @unchecked Sendable {
    enum Refusal: Error {
        /// The queue is full: try again shortly.
        case busy
        /// The job did not finish before its deadline.
        case deadlinePassed
    }

    private let condition = NSCondition()
    private var queue: [Job] = []
    private var stopping = false
    let capacity: Int
    let workers: Int
    /// Told the queue's length whenever it changes (the metrics' gauge).
    private let queueDepthChanged: @Sendable (Int) -> Void

    /// - Parameter makeComposer: a composer for a layout path; called on the worker's own thread.
    init(workers: Int, capacity: Int, queueDepthChanged: @escaping @Sendable (Int) -> Void = { _ in },
         makeComposer: @escaping @Sendable (String) throws -> Composer) {
        self.workers = workers
        self.capacity = capacity
        self.queueDepthChanged = queueDepthChanged
        for index in 0..<workers {
            let thread = Thread { [unowned self] in self.work(composers: WorkerComposers(make: makeComposer)) }
            thread.name = "vanban-worker-\(index + 1)"
            thread.stackSize = 8 << 20   // deep documents recurse in the reader
            thread.start()
        }
    }

    /// Runs `body` on a worker with that worker's composers; throws `Refusal` or what `body` threw.
    func run<T: Sendable>(deadline: Duration, _ body: @escaping @Sendable (WorkerComposers) throws -> T) async throws -> T {
        let completion = Completion<T>()
        return try await withCheckedThrowingContinuation { continuation in
            completion.set(continuation)
            let job = Job { composers in
                guard !completion.isAnswered else { return }
                completion.answer(Result { try body(composers) })
            }
            condition.lock()
            guard queue.count < capacity, !stopping else {
                condition.unlock()
                completion.answer(.failure(Refusal.busy))
                return
            }
            queue.append(job)
            let depth = queue.count
            condition.signal()
            condition.unlock()
            queueDepthChanged(depth)
            let nanoseconds = deadline.components.seconds * 1_000_000_000 + deadline.components.attoseconds / 1_000_000_000
            DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(Int(nanoseconds))) {
                completion.answer(.failure(Refusal.deadlinePassed))
            }
        }
    }

    /// After the server has stopped: the workers finish the queue and end.
    func stop() {
        condition.lock()
        stopping = true
        condition.broadcast()
        condition.unlock()
    }

    private func work(composers: WorkerComposers) {
        while true {
            condition.lock()
            while queue.isEmpty, !stopping { condition.wait() }
            if queue.isEmpty, stopping {
                condition.unlock()
                return
            }
            let job = queue.removeFirst()
            let depth = queue.count
            condition.unlock()
            queueDepthChanged(depth)
            job.run(composers)
        }
    }
}

/// The composers of one worker thread, one per layout, made when first needed.
final class WorkerComposers {
    private let make: (String) throws -> Composer
    private var byLayout: [String: Composer] = [:]

    init(make: @escaping (String) throws -> Composer) { self.make = make }

    func composer(layoutPath: String) throws -> Composer {
        if let composer = byLayout[layoutPath] { return composer }
        let composer = try make(layoutPath)
        byLayout[layoutPath] = composer
        return composer
    }
}

private struct Job {
    let run: (WorkerComposers) -> Void
}

/// The one answer of a job: its result, or a refusal when its deadline came first.
private final class Completion<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<T, Error>?
    private var answered = false

    func set(_ continuation: CheckedContinuation<T, Error>) {
        lock.withLock { self.continuation = continuation }
    }

    var isAnswered: Bool { lock.withLock { answered } }

    func answer(_ result: Result<T, Error>) {
        let waiting: CheckedContinuation<T, Error>? = lock.withLock {
            guard !answered else { return nil }
            answered = true
            defer { continuation = nil }
            return continuation
        }
        waiting?.resume(with: result)
    }
}
